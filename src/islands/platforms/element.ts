/**
 * <fixpath-platforms>: turns the per-platform sections of a guide, which are all
 * readable without JavaScript, into tabs (WAI-ARIA tabs pattern) and remembers
 * the reader's choice across guides in localStorage.
 */
import { pickPlatform, remember } from '../../lib/platform-choice';

const STORAGE_KEY = 'fixpath-platforms';

function loadRemembered(): string[] {
  try {
    const value: unknown = JSON.parse(localStorage.getItem(STORAGE_KEY) ?? '[]');
    return Array.isArray(value) ? value.filter((v): v is string => typeof v === 'string').slice(0, 6) : [];
  } catch {
    return [];
  }
}

class FixpathPlatforms extends HTMLElement {
  #tabs: HTMLButtonElement[] = [];
  #panels: HTMLElement[] = [];

  connectedCallback() {
    if (this.#tabs.length > 0) return;
    this.#panels = [...this.querySelectorAll<HTMLElement>(':scope > .platform-steps > [data-platform]')];
    if (this.#panels.length < 2) return;
    const list = document.createElement('div');
    list.setAttribute('role', 'tablist');
    list.setAttribute('aria-label', this.dataset.label ?? 'Platform');
    list.className = 'platform-tabs';
    this.#tabs = this.#panels.map((panel, i) => {
      const heading = panel.querySelector('h3');
      const tab = document.createElement('button');
      tab.type = 'button';
      tab.setAttribute('role', 'tab');
      tab.id = `${panel.id || `platform-panel-${i}`}-tab`;
      tab.textContent = heading?.textContent ?? panel.dataset.platform ?? '';
      panel.id ||= `platform-panel-${i}`;
      tab.setAttribute('aria-controls', panel.id);
      panel.setAttribute('role', 'tabpanel');
      panel.setAttribute('aria-labelledby', tab.id);
      panel.tabIndex = 0;
      heading?.classList.add('visually-hidden');
      tab.addEventListener('click', () => this.#select(i, true));
      tab.addEventListener('keydown', (event) => this.#onKey(event, i));
      list.append(tab);
      return tab;
    });
    this.prepend(list);
    const available = this.#panels.map((p) => p.dataset.platform ?? '');
    this.#select(pickPlatform(available, loadRemembered(), navigator.userAgent), false);
  }

  #onKey(event: KeyboardEvent, index: number) {
    const last = this.#tabs.length - 1;
    const next = { ArrowRight: index === last ? 0 : index + 1, ArrowLeft: index === 0 ? last : index - 1, Home: 0, End: last }[event.key];
    if (next === undefined) return;
    event.preventDefault();
    this.#select(next, true);
    this.#tabs[next]?.focus();
  }

  #select(index: number, chosen: boolean) {
    this.#tabs.forEach((tab, i) => {
      tab.setAttribute('aria-selected', String(i === index));
      tab.tabIndex = i === index ? 0 : -1;
      this.#panels[i]!.hidden = i !== index;
    });
    const slug = this.#panels[index]?.dataset.platform;
    if (chosen && slug) {
      try { localStorage.setItem(STORAGE_KEY, JSON.stringify(remember(loadRemembered(), slug))); } catch { /* storage off */ }
    }
  }
}

customElements.define('fixpath-platforms', FixpathPlatforms);
