import { EN_PREFIX, type Lang } from './locale.ts';

/** Root-relative URL of a site page, e.g. `/vanguard/`, or `/en/vanguard/` in English; made relative after the build. */
export function pageUrl(slug: string, lang: Lang = 'zh-CN'): string {
  const path = slug.replace(/^\/|\/$/g, '');
  const parts = [lang === 'en' ? EN_PREFIX : '', path].filter((part) => part !== '');
  return parts.length === 0 ? '/' : `/${parts.join('/')}/`;
}

/** Root-relative URL of a paragraph on its section page, e.g. `/vanguard/#vanguard-4`; lede paragraphs live on the home page. Ids are shared by both languages. */
export function paragraphUrl(paragraphId: string, lang: Lang = 'zh-CN'): string {
  const part = paragraphId.replace(/-\d+$/, '');
  return `${pageUrl(part === 'lede' ? '' : part, lang)}#${paragraphId}`;
}
