// The search dialog's behaviour beyond what the loader (loader.ts) and the
// native modal <dialog> already give (focus trap, inert page, Escape, focus
// return): the Close button, closing on a backdrop click, and defining
// <fixpath-search>, which then searches whatever was typed while this loaded.
import './search-element';
import { sources } from './sources';

const dialog = document.querySelector<HTMLDialogElement>('dialog[data-search-dialog]');
if (dialog) {
  dialog.querySelector('[data-search-close]')?.addEventListener('click', () => dialog.close());
  // A click on the dialog element itself, not its content, is a click on the backdrop.
  dialog.addEventListener('click', (event) => {
    if (event.target === dialog) dialog.close();
  });
}
// The message table is small; fetching it now makes the first answer faster.
void sources.table();
