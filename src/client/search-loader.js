// Inlined in every page's head (a few hundred bytes, no request): marks that
// scripts run and whether the page was opened from disk, makes the `/` key open search, keeps the reader's place when
// switching language, and on a page reached from a search result loads the
// search's highlighter; pages that are only read fetch no JavaScript at all.
(() => {
  document.documentElement.classList.add('js');
  // `from-disk`: opened as a file, where the search index cannot load; the search page says so (companion.css).
  document.documentElement.classList.toggle('from-disk', location.protocol === 'file:');
  const byId = (id) => document.getElementById(id);
  addEventListener('keydown', (event) => {
    if (event.key !== '/' || event.ctrlKey || event.metaKey || event.altKey || event.defaultPrevented) return;
    const target = event.target;
    if (target.isContentEditable || /^(INPUT|TEXTAREA|SELECT)$/.test(target.tagName)) return;
    const input = byId('search-input');
    const link = byId('search-link');
    if (input) input.focus();
    else if (link) location.href = link.href;
    else return;
    event.preventDefault();
  });
  // The language switcher keeps the reader's place: paragraphs and entries have the same ids in both languages, so the
  // page's fragment (a paragraph reached from a link, a search result or its ¶) goes with the switch, and so does the
  // search page's query (`?q=`, which the search keeps up to date as the reader types).
  addEventListener('click', (event) => {
    const link = event.target.closest?.('[data-switch]');
    if (!link) return;
    if (byId('search-input')) link.search = location.search;
    link.hash = location.hash;
  });
  if (new URLSearchParams(location.search).has('highlight')) {
    addEventListener('DOMContentLoaded', () => {
      // The favicon sits at the site's root, wherever the site is served from: the search bundle sits beside it.
      const icon = document.querySelector('link[rel="icon"]');
      if (icon) import(new URL('pagefind/search-highlight.js', icon.href).href).catch(() => {});
    });
  }
})();
