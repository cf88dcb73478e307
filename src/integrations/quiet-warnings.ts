import type { Rolldown } from 'vite';

/**
 * Passes on the bundler's warnings except the ones about Astro's own code: every MDX file compiles to a module that
 * starts with Astro's `"use astro:head-inject"` directive, and the bundler warns, naming the editor's MDX files, that such
 * a directive may not be kept. Nothing in the content can change that, so a clean build prints no such line.
 */
export const quietWarnings: Rolldown.WarningHandlerWithDefault = (warning, warn) => {
  if (warning.code === 'MODULE_LEVEL_DIRECTIVE' && warning.message.includes('"use astro:head-inject"')) return;
  warn(warning);
};
