import rehypeArticle from './rehype-article.ts';

/**
 * Rehype plugin for the English translation's MDX (`content/en/article/`): the article plugin under its own name, so
 * the English parts get the same paragraph ids as the Chinese, without the Chinese punctuation normalisation (which
 * would take “…” for Chinese context and widen the English commas beside them). unified merges the options of a
 * plugin used twice, so the article plugin cannot simply be listed again with other options.
 */
export default function rehypeArticleEnglish() {
  return rehypeArticle({ folder: 'content/en/article', punctuation: false, paragraphTitle: (n) => `Paragraph ${n}` });
}
