import { getEdition } from '@/data/edition.ts';
import type { OnlineCopy } from '@/lib/cite/citation.ts';
import { dayOf } from '@/lib/cite/provenance.ts';
import { absoluteUrl } from '@/i18n/urls.ts';

/** The Open Graph image: its root-relative URL and size in pixels (the 1.91:1 that link previews expect). */
export const OG_IMAGE = { path: '/og.png', width: 1200, height: 630 } as const;

/** This edition's home page URL, when the site's address is known (`SITE_URL`). */
export function homeUrl(site: URL | undefined): string | undefined {
  return site ? absoluteUrl(site.href, '/') : undefined;
}

/** This edition online, for a [J/OL] citation: needs the site's address and a build date (the access date until the page puts in the reader's day). */
export async function onlineCopy(site: URL | undefined): Promise<OnlineCopy | undefined> {
  const url = homeUrl(site);
  const { build } = await getEdition();
  return url && build.date ? { url, accessed: dayOf(build.date.iso) } : undefined;
}
