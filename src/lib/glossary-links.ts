// An `<a>` start tag carrying data-glossary (quoted attribute values may hold `>`), its text, and the end tag.
const GLOSSARY_LINK = /<a\s((?:[^>"']|"[^"]*"|'[^']*')*?\bdata-glossary="([^"]+)"(?:[^>"']|"[^"]*"|'[^']*')*)>([^<]*)<\/a>/g;

/** Keeps only the first glossary link of each term in a built page, unwrapping later ones to their plain text; returns the page and how many it unwrapped. */
export function keepFirstGlossaryLinks(html: string): { html: string; unwrapped: number } {
  const seen = new Set<string>();
  let unwrapped = 0;
  const result = html.replace(GLOSSARY_LINK, (link: string, _attributes: string, id: string, text: string) => {
    if (!seen.has(id)) {
      seen.add(id);
      return link;
    }
    unwrapped += 1;
    return text;
  });
  return { html: result, unwrapped };
}
