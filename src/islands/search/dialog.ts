// The search dialog: a native modal <dialog> (SearchDialog.astro) holding a
// <fixpath-search data-mode="dialog">. Native showModal() gives the focus trap,
// the inert page behind and Escape to close; this adds focus return to whatever
// opened it, a Close button and closing on a backdrop click.
import './search-element';
import type { FixpathSearch } from './search-element';
import { sources } from './sources';

let returnFocusTo: HTMLElement | null = null;

function wire(dialog: HTMLDialogElement): void {
  dialog.querySelector('[data-search-close]')?.addEventListener('click', () => dialog.close());
  // A click on the dialog element itself (not its content) is a click on the backdrop.
  dialog.addEventListener('click', (event) => {
    if (event.target === dialog) dialog.close();
  });
  dialog.addEventListener('close', () => {
    if (returnFocusTo?.isConnected) returnFocusTo.focus();
    returnFocusTo = null;
  });
  dialog.dataset.ready = '';
}

function openSearchDialog(trigger: Element | null): void {
  const dialog = document.querySelector<HTMLDialogElement>('dialog[data-search-dialog]');
  const search = dialog?.querySelector<FixpathSearch>('fixpath-search');
  if (!dialog || !search) {
    window.location.assign('/search/');
    return;
  }
  if (dialog.dataset.ready === undefined) wire(dialog);
  if (!dialog.open) {
    returnFocusTo = trigger instanceof HTMLElement && trigger !== document.body ? trigger : null;
    dialog.showModal();
    // The message table is small; fetching it now makes the first keystroke faster.
    void sources.table();
  }
  search.focusInput();
}

// The loader (loader.ts) asks with an event, and waits for `ready` on first use.
document.addEventListener('fixpath-search:open', (event) => openSearchDialog((event as CustomEvent<Element | null>).detail));
document.documentElement.setAttribute('data-search-ready', '');
document.dispatchEvent(new Event('fixpath-search:ready'));
