// Inlined in the 404 page only. A host serves 404.html for a missing address at any depth (/vanguard/nope,
// /a/b/c/nope), but the page's links are written relative to the site's root, where 404.html lies. Built with SITE_URL
// they are absolute and this does nothing; otherwise it finds the site's root as the deepest folder above the address
// whose 404.html holds this very script, and points every link there. Without scripts the links work one folder deep.
(() => {
  const own = document.currentScript?.textContent ?? '';
  addEventListener('DOMContentLoaded', async () => {
    if (location.protocol === 'file:' || !own || document.querySelector('a[href^="http"]')) return;
    const folders = location.pathname.split('/').slice(0, -1);
    for (let depth = folders.length; depth > 0; depth -= 1) {
      const root = `${folders.slice(0, depth).join('/')}/`;
      const page = await fetch(`${root}404.html`, { cache: 'no-store' })
        .then((response) => (response.ok ? response.text() : ''))
        .catch(() => '');
      if (!page.includes(own)) continue;
      const base = new URL(root, location.href);
      for (const link of document.querySelectorAll('a[href], link[rel="icon"][href]')) {
        const href = link.getAttribute('href') ?? '';
        if (!href.startsWith('#')) link.setAttribute('href', new URL(href, base).href);
      }
      return;
    }
  });
})();
