// Inlined in every page's head (a few hundred bytes, no request): marks that
// scripts run, makes the `/` key open search, and on a page reached from a
// search result loads Pagefind's highlighter; pages that are only read fetch
// no JavaScript at all.
(() => {
  document.documentElement.classList.add('js');
  const searchLink = () => document.getElementById('search-link');
  addEventListener('keydown', (event) => {
    if (event.key !== '/' || event.ctrlKey || event.metaKey || event.altKey || event.defaultPrevented) return;
    const target = event.target;
    if (target instanceof HTMLElement && (target.isContentEditable || /^(INPUT|TEXTAREA|SELECT)$/.test(target.tagName))) return;
    const input = document.querySelector('pagefind-input input');
    const link = searchLink();
    if (input instanceof HTMLInputElement) input.focus();
    else if (link instanceof HTMLAnchorElement) location.href = link.href;
    else return;
    event.preventDefault();
  });
  if (new URLSearchParams(location.search).has('highlight')) {
    addEventListener('DOMContentLoaded', () => {
      const link = searchLink();
      if (!(link instanceof HTMLAnchorElement)) return;
      import(new URL('../pagefind/pagefind-highlight.js', link.href).href)
        .then(() => new window.PagefindHighlight({ highlightParam: 'highlight', addStyles: false }))
        .catch(() => {});
    });
  }
})();
