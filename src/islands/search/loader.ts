// The only search code on every page, inlined and well under 1 KB. It waits for
// Ctrl+K / Cmd+K or a click on the header's Search link, then loads the dialog
// (SearchDialog.astro keeps the dialog's script in a <template> until then).
// Without JavaScript the link simply goes to /search/. On /search/ itself the
// shortcut focuses the page's own search box instead.

let requested = false;

function openSearch(event: Event, trigger: Element | null): void {
  event.preventDefault();
  const onPage = document.querySelector<HTMLElement & { focusInput?: () => void }>('fixpath-search[data-mode="page"]');
  if (onPage?.focusInput) return onPage.focusInput();
  const open = () => void document.dispatchEvent(new CustomEvent('fixpath-search:open', { detail: trigger }));
  if (document.documentElement.hasAttribute('data-search-ready')) return open();
  document.addEventListener('fixpath-search:ready', open, { once: true });
  if (requested) return;
  requested = true;
  const code = document.querySelector<HTMLTemplateElement>('template[data-search-code]');
  if (code) document.body.append(code.content.cloneNode(true));
  else window.location.assign('/search/');
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
