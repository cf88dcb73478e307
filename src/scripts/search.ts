// Search page behaviour on top of Pagefind's Component UI: a shareable `?q=`
// query, and an honest message where the index cannot load (opened from disk).

const ui = document.getElementById('search-ui');
const offline = document.getElementById('search-offline');

if (location.protocol === 'file:') {
  ui?.setAttribute('hidden', '');
  offline?.removeAttribute('hidden');
} else {
  const query = new URLSearchParams(location.search).get('q');
  const prefill = () => {
    const input = ui?.querySelector<HTMLInputElement>('pagefind-input input');
    if (!input) return false;
    if (query) {
      input.value = query;
      input.dispatchEvent(new Event('input', { bubbles: true }));
    }
    input.focus();
    return true;
  };
  if (!prefill()) customElements.whenDefined('pagefind-input').then(() => requestAnimationFrame(prefill));
}
