import type { APIRoute } from 'astro';
import { renderOgImage } from '@/data/og-image.ts';
import { getPublication } from '@/data/article.ts';
import { OG_IMAGE } from '@/data/site.ts';

/** The Open Graph image, rendered at build time with the title in a CJK font from npm. */
export const GET: APIRoute = async () => {
  const publication = await getPublication();
  const png = await renderOgImage({
    title: publication.title,
    byline: publication.authors.join('　'),
    source: `《${publication.periodical}》${publication.issue}`,
    width: OG_IMAGE.width,
    height: OG_IMAGE.height,
  });
  return new Response(new Uint8Array(png), { headers: { 'Content-Type': 'image/png' } });
};
