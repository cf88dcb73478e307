import rehypeGlossary from './rehype-glossary.ts';

/**
 * Rehype plugin for the English translation's MDX (`content/en/article/`): the glossary plugin under its own name, so
 * that unified, which keeps one set of options per plugin, runs it beside the Chinese one. Links each term's first
 * English words to its entry on the English glossary page.
 */
export default function rehypeGlossaryEnglish() {
  return rehypeGlossary({ folder: 'content/en/article', glossary: 'content/en/glossary.yaml', lang: 'en' });
}
