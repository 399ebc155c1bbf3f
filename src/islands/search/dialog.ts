// The search dialog's behaviour beyond what the native modal <dialog> (focus
// trap, inert page, Escape, Close through <form method="dialog">) and the
// loader (opening, focus return, backdrop click) already give: defining
// <fixpath-search>, which then searches whatever was typed while this loaded.
import './search-element';
import { sources } from './sources';

// The message table is small; fetching it now makes the first answer faster.
void sources.table();
