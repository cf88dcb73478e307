import { langFolder, type Lang } from './locale.ts';

/** Root-relative URL of a site page, e.g. `/vanguard/`, or `/en/vanguard/` in English; made relative after the build. */
export function pageUrl(slug: string, lang: Lang = 'zh-CN'): string {
  const path = slug.replace(/^\/|\/$/g, '');
  const parts = [langFolder(lang) ?? '', path].filter((part) => part !== '');
  return parts.length === 0 ? '/' : `/${parts.join('/')}/`;
}

/** Root-relative URL of a paragraph on its section page, e.g. `/vanguard/#vanguard-4`; lede paragraphs live on the home page. Ids are shared by both languages. */
export function paragraphUrl(paragraphId: string, lang: Lang = 'zh-CN'): string {
  const part = paragraphId.replace(/-\d+$/, '');
  return `${pageUrl(part === 'lede' ? '' : part, lang)}#${paragraphId}`;
}

/** Checks and normalises the optional absolute site URL (`SITE_URL`): http(s), no query or fragment, ending in `/`; undefined when unset or empty. */
export function parseSiteUrl(value: string | undefined): string | undefined {
  if (value === undefined || value.trim() === '') return undefined;
  let url: URL;
  try {
    url = new URL(value.trim());
  } catch {
    throw new Error(`SITE_URL “${value}” is not an absolute URL; expected e.g. https://example.org/archive/tongzhou/`);
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') throw new Error(`SITE_URL “${value}” must start with https:// or http://`);
  if (url.search !== '' || url.hash !== '') throw new Error(`SITE_URL “${value}” must not have a query or a fragment`);
  if (url.username !== '' || url.password !== '') throw new Error(`SITE_URL “${value}” must not carry a user name or password`);
  if (!url.pathname.endsWith('/')) url.pathname += '/';
  return url.href;
}

/** The absolute URL of a root-relative site URL (e.g. `/vanguard/`) on a site deployed at `site` (which may have a path). */
export function absoluteUrl(site: string, rootRelative: string): string {
  return new URL(rootRelative.replace(/^\//, ''), site).href;
}
