// Mutation testing of the pure modules (`npm run test:mutation`): Stryker changes the code in small ways and expects a unit
// test to fail for each change. Incremental: the committed state file lets a rerun test only mutants in changed code.
// Survivors that no test could kill (the change does not alter behaviour) are listed, with reasons, in
// tests/mutation/equivalent-mutants.md.
/** @type {import('@stryker-mutator/api/core').PartialStrykerOptions} */
export default {
  testRunner: 'vitest',
  vitest: { configFile: 'vitest.mutation.config.ts', related: true },
  checkers: ['typescript'],
  tsconfigFile: 'tsconfig.mutation.json',
  typescriptChecker: { prioritizePerformanceOverAccuracy: true },
  mutate: [
    'src/lib/**/*.ts',
    'src/integrations/postbuild/{relativize,headers,sitemap,glossary-links,html-files,not-found}.ts',
    // The archive scripts' pure parts. Reading folders and archive files and writing them (bag-files, wacz-files, the
    // stream readers of read-archive, writeTarGz) are file-system code, tested through built archives (tests/build).
    'scripts/archive/{bagit,headers-file,warc,wacz,wacz-verify}.ts',
    'scripts/archive/read-archive.ts:1-145',
    'scripts/archive/tar.ts:14-27',
    // The editions' modules shape hast into XHTML, EPUB and Typst text; scripts/editions.ts does their reading and writing.
    'scripts/editions/*.ts',
    // The rehype plugins that read no file (errata and glossary read content/ when they load).
    'src/integrations/markdown/{rehype-article,rehype-keep-together,rehype-permalinks}.ts',
  ],
  coverageAnalysis: 'perTest',
  incremental: true,
  incrementalFile: 'tests/mutation/stryker-incremental.json',
  reporters: ['clear-text', 'progress', 'html', 'json'],
  htmlReporter: { fileName: 'reports/mutation/index.html' },
  jsonReporter: { fileName: 'reports/mutation/mutation.json' },
  tempDirName: '.stryker-tmp',
  concurrency: 2,
  timeoutMS: 60_000,
  thresholds: { high: 90, low: 80, break: null },
};
