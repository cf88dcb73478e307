/** Today's date in the reader's time zone, as `YYYY-MM-DD`. */
function today(): string {
  const now = new Date();
  return `${now.getFullYear()}-${String(now.getMonth() + 1).padStart(2, '0')}-${String(now.getDate()).padStart(2, '0')}`;
}

/** Copies the citation's text (and its HTML, where the browser takes it) to the clipboard; where it cannot, selects the text for the reader to copy. */
async function copy(element: HTMLElement): Promise<boolean> {
  const text = element.textContent ?? '';
  try {
    if (navigator.clipboard && typeof ClipboardItem === 'function') {
      await navigator.clipboard.write([
        new ClipboardItem({
          'text/plain': new Blob([text], { type: 'text/plain' }),
          'text/html': new Blob([element.innerHTML], { type: 'text/html' }),
        }),
      ]);
      return true;
    }
    if (navigator.clipboard) {
      await navigator.clipboard.writeText(text);
      return true;
    }
  } catch {
    // Denied or unsupported: fall through to selecting the text.
  }
  const selection = window.getSelection();
  const range = document.createRange();
  range.selectNodeContents(element);
  selection?.removeAllRanges();
  selection?.addRange(range);
  return false;
}

/** Shows each citation's copy button, fills in today's access date, and announces the result of a copy in the citation's status line. */
export function enhanceCopyButtons(root: Document): void {
  for (const date of root.querySelectorAll<HTMLElement>('[data-access-date]')) date.textContent = today();
  for (const button of root.querySelectorAll<HTMLButtonElement>('button[data-copy]')) {
    const id = button.dataset['copy'] ?? '';
    const target = root.getElementById(id);
    const status = root.querySelector<HTMLElement>(`[data-copy-status="${id}"]`);
    if (!target || !status) continue;
    button.hidden = false;
    button.addEventListener('click', async () => {
      status.textContent = '';
      const copied = await copy(target);
      // The messages are in the page's language, written into the status line's data attributes.
      status.textContent = (copied ? status.dataset['copied'] : status.dataset['failed']) ?? '';
    });
  }
}
