import Zh from './Zh.astro';

/** The components MDX bodies may use without importing them, passed to every rendered part. */
export const mdxComponents = { Zh };
