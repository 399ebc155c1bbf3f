// <fixpath-search>: wraps the search form that SearchBox.astro renders and adds
// live results. Two modes, set by data-mode:
// - "dialog": an ARIA combobox. Focus stays in the input; ↑/↓ move the active
//   result (the first is active as soon as results arrive, so a pasted known
//   message is one Enter away from its page); Enter opens it.
// - "page": the /search/ page. Results are an ordinary list of links; ↓ from the
//   input moves focus into them, ↑/↓ move between them.
import { searchHref, triageHref } from '../../lib/routes';
import { runSearch, type Outcome } from '../../lib/search/run';
import { withoutSecrets } from '../../lib/search/secrets';
import { renderNotes } from './notes';
import { resultLink } from './render';
import { sources } from './sources';

/** Thrown when the element is used without the markup it enhances. */
export class SearchMarkupError extends Error {
  override name = 'SearchMarkupError';
}

// Long enough to skip the searches between keystrokes, short enough to feel live.
const DEBOUNCE_MS = 120;

/** An <input> drops line breaks from a value; a pasted page would run words together. */
function oneLine(text: string): string {
  return text.replace(/\s*[\r\n]+\s*/g, ' ');
}

export class FixpathSearch extends HTMLElement {
  #input!: HTMLInputElement;
  #results!: HTMLElement;
  #status!: HTMLElement;
  #empty!: HTMLElement;
  #notes!: HTMLElement;
  #stopNotes: (() => void) | undefined;
  #dialogMode = false;
  #active = -1;
  #run = 0;
  #timer: ReturnType<typeof setTimeout> | undefined;

  connectedCallback(): void {
    if (this.dataset.searchReady !== undefined) return;
    this.#input = this.#part<HTMLInputElement>('input[data-search-input]');
    this.#results = this.#part('[data-search-results]');
    this.#status = this.#part('[data-search-status]');
    this.#empty = this.#part('[data-search-empty]');
    this.#notes = this.#part('[data-search-notes]');
    const form = this.#part<HTMLFormElement>('form');
    this.#dialogMode = this.dataset.mode === 'dialog';
    if (this.#dialogMode) this.#makeCombobox();
    for (const note of this.querySelectorAll<HTMLElement>('[data-search-nojs]')) note.hidden = true;

    // A paste is a whole query at once: search straight away. Typing waits for a pause.
    this.#input.addEventListener('input', (event) => this.#schedule((event as InputEvent).inputType === 'insertFromPaste'));
    this.#input.addEventListener('keydown', (event) => this.#onInputKey(event));
    this.#results.addEventListener('keydown', (event) => this.#onResultKey(event));
    form.addEventListener('submit', (event) => {
      event.preventDefault();
      this.#submit();
    });
    this.dataset.searchReady = '';
    // Anything typed before the script arrived is searched now.
    if (this.#input.value.trim() === '') this.#render({ state: 'empty' });
    else void this.#execute();
  }

  /** The current query, as in the input. */
  get query(): string {
    return this.#input.value;
  }

  /** Puts `query` in the input and searches straight away (the page calls this with ?q=). */
  search(query: string): Promise<void> {
    this.#input.value = oneLine(query);
    return this.#execute();
  }

  /** The ARIA combobox pattern with a listbox popup; the first result becomes active as results arrive. */
  #makeCombobox(): void {
    this.#results.setAttribute('role', 'listbox');
    this.#results.setAttribute('aria-label', 'Results');
    this.#input.setAttribute('role', 'combobox');
    this.#input.setAttribute('aria-autocomplete', 'list');
    this.#input.setAttribute('aria-expanded', 'false');
    this.#input.setAttribute('aria-controls', this.#results.id);
  }

  #part<T extends HTMLElement = HTMLElement>(selector: string): T {
    const found = this.querySelector<T>(selector);
    if (!found) throw new SearchMarkupError(`fixpath-search: ${selector} not found inside the element. Render it with SearchBox.astro.`);
    return found;
  }

  #schedule(now = false): void {
    clearTimeout(this.#timer);
    this.#updateLinks();
    if (now || this.#input.value.trim() === '') {
      void this.#execute();
      return;
    }
    // Tests and the benchmark wait for data-state to leave "loading".
    this.dataset.state = 'loading';
    this.#timer = setTimeout(() => void this.#execute(), DEBOUNCE_MS);
  }

  async #execute(): Promise<void> {
    clearTimeout(this.#timer);
    const query = this.#input.value;
    const run = ++this.#run;
    this.#updateLinks();
    this.#announce(query);
    if (query.trim() !== '') this.dataset.state = 'loading';
    let outcome: Outcome;
    let failed = false;
    try {
      outcome = await runSearch(query, sources, { limit: this.#dialogMode ? 8 : 10 });
    } catch {
      // Pagefind could not load (offline, say): no results, but the codes and links stay.
      outcome = { state: 'none', notes: { removed: [], corrected: [] } };
      failed = true;
    }
    // A newer search started while this one ran: its results win.
    if (run !== this.#run) return;
    this.#render(outcome);
    if (failed) {
      this.dataset.failed = '';
      this.#status.textContent = 'Search could not load just now. Try a common code below, or find out step by step.';
    }
  }

  #submit(): void {
    if (this.#dialogMode) {
      const active = this.#options()[this.#active];
      if (active) active.click();
      else if (this.#input.value.trim() !== '') window.location.assign(searchHref(withoutSecrets(this.#input.value)));
      return;
    }
    void this.#execute();
  }

  /** Tells the page what is searched, so the address can follow the query. Secrets never go with it. */
  #announce(query: string): void {
    this.dispatchEvent(new CustomEvent('fixpath-search:query', { detail: { query: withoutSecrets(query) }, bubbles: true }));
  }

  #updateLinks(): void {
    const text = withoutSecrets(this.#input.value);
    for (const link of this.querySelectorAll<HTMLAnchorElement>('a[data-search-triage]')) link.href = triageHref(undefined, { text });
    for (const link of this.querySelectorAll<HTMLAnchorElement>('a[data-search-all]')) link.href = searchHref(text);
  }

  #options(): HTMLAnchorElement[] {
    return [...this.#results.querySelectorAll<HTMLAnchorElement>('a[data-result]')];
  }

  #render(outcome: Outcome): void {
    this.dispatchEvent(new CustomEvent('fixpath-search:outcome', { detail: { outcome }, bubbles: true }));
    this.dataset.state = outcome.state;
    if (outcome.state === 'results') this.dataset.source = outcome.source;
    else delete this.dataset.source;
    delete this.dataset.failed;

    const links = outcome.state === 'results' ? outcome.items.map(resultLink) : [];
    this.#results.replaceChildren(
      ...links.map((link, index) => {
        if (this.#dialogMode) {
          link.id = `${this.#results.id}-${index}`;
          link.setAttribute('role', 'option');
          link.setAttribute('aria-selected', 'false');
          link.tabIndex = -1;
          return link;
        }
        const item = document.createElement('li');
        item.append(link);
        return item;
      }),
    );
    this.#results.hidden = links.length === 0;
    this.#stopNotes?.();
    this.#stopNotes = renderNotes(this.#notes, outcome.state === 'empty' ? undefined : outcome.notes, new Date());
    this.#empty.hidden = outcome.state === 'results';
    if (this.#dialogMode) this.#input.setAttribute('aria-expanded', String(links.length > 0));
    this.#setActive(links.length > 0 && this.#dialogMode ? 0 : -1);

    const count = links.length;
    this.#status.textContent =
      outcome.state === 'results' ? `${count} ${count === 1 ? 'result' : 'results'}.`
      : outcome.state === 'none' ? 'No match for that text. Try a common code below, or find out step by step.'
      : '';
  }

  #setActive(index: number): void {
    const options = this.#options();
    this.#active = index;
    if (!this.#dialogMode) return;
    options.forEach((option, i) => option.setAttribute('aria-selected', String(i === index)));
    const active = options[index];
    if (active) {
      this.#input.setAttribute('aria-activedescendant', active.id);
      active.scrollIntoView({ block: 'nearest' });
    } else {
      this.#input.removeAttribute('aria-activedescendant');
    }
  }

  #onInputKey(event: KeyboardEvent): void {
    if (event.key === 'Escape' && this.#dialogMode) {
      // A search input's own Escape would only clear the text; here it closes.
      event.preventDefault();
      this.closest('dialog')?.close();
      return;
    }
    if (event.key !== 'ArrowDown' && event.key !== 'ArrowUp') return;
    const options = this.#options();
    if (options.length === 0) return;
    event.preventDefault();
    if (!this.#dialogMode) {
      if (event.key === 'ArrowDown') options[0]!.focus();
      return;
    }
    const step = event.key === 'ArrowDown' ? 1 : -1;
    this.#setActive((this.#active + step + options.length) % options.length);
  }

  /** Page mode: ↑/↓ between result links, ↑ from the first back to the input. */
  #onResultKey(event: KeyboardEvent): void {
    if (this.#dialogMode || (event.key !== 'ArrowDown' && event.key !== 'ArrowUp')) return;
    const options = this.#options();
    const index = options.indexOf(event.target as HTMLAnchorElement);
    if (index < 0) return;
    event.preventDefault();
    const next = index + (event.key === 'ArrowDown' ? 1 : -1);
    if (next < 0) this.#input.focus();
    else options[Math.min(next, options.length - 1)]!.focus();
  }
}

if (!customElements.get('fixpath-search')) customElements.define('fixpath-search', FixpathSearch);
