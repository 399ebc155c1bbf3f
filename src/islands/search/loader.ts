// The only search code on every page, inlined and under 1 KB. On Ctrl+K / Cmd+K
// or a click on the header's Search link it opens the dialog at once, so typing
// can start straight away, and loads the dialog's script on first use
// (SearchDialog.astro keeps it in a <template> until then). Without JavaScript
// the link simply goes to /search/. On /search/ itself the shortcut focuses the
// page's own search box.

let loaded = false;
let returnFocusTo: HTMLElement | null = null;

function openSearch(event: Event, trigger: Element | null): void {
  event.preventDefault();
  const dialog = document.querySelector<HTMLDialogElement>('dialog[data-search-dialog]');
  const input = document.querySelector<HTMLInputElement>('fixpath-search[data-mode="page"] input') ?? dialog?.querySelector('input');
  if (!dialog || !input) return window.location.assign('/search/');
  if (dialog.contains(input) && !dialog.open) {
    returnFocusTo = trigger instanceof HTMLElement && trigger !== document.body ? trigger : null;
    dialog.showModal();
  }
  input.focus();
  input.select();
  if (loaded || !dialog.contains(input)) return;
  loaded = true;
  // Focus goes back to whatever opened the dialog.
  dialog.addEventListener('close', () => returnFocusTo?.isConnected && returnFocusTo.focus());
  // A click on the dialog element itself, not its content, is on the backdrop.
  dialog.addEventListener('click', (event) => event.target === dialog && dialog.close());
  const code = document.querySelector<HTMLTemplateElement>('template[data-search-code]');
  if (code) document.body.append(code.content.cloneNode(true));
}

document.addEventListener('keydown', (event) => {
  const k = event.key.toLowerCase() === 'k' || event.code === 'KeyK';
  if (k && (event.ctrlKey || event.metaKey) && !event.altKey && !event.shiftKey) openSearch(event, document.activeElement);
});

document.addEventListener('click', (event) => {
  const link = event.target instanceof Element ? event.target.closest('[data-search-open]') : null;
  // A modified click (new tab, new window) keeps the link's own behaviour.
  if (link && event.button === 0 && !(event.ctrlKey || event.metaKey || event.shiftKey || event.altKey)) openSearch(event, link);
});
