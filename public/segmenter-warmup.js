// A worker that only builds a Chinese word segmenter, started by src/client/search.ts (a plain file at the site's
// root, so that it loads from any subpath). Chromium loads its Chinese word dictionary the first time a page's process
// builds one, 30–60 ms here; Pagefind's worker builds one for each search of a Chinese index. Built here, off the main
// thread while the engine downloads, the dictionary is loaded by the time Pagefind's worker needs it.
if (typeof Intl.Segmenter === 'function') new Intl.Segmenter('zh', { granularity: 'word' }).segment('党员').containing(0);
