/**
 * <fixpath-triage>: enhances a step page that already works without JavaScript.
 * Steps change in place (the next step's own static page is fetched and its
 * step swapped in), the URL keeps the path of answers, Back and Forward work,
 * focus and the title follow the step, and outcome pages get "Did this fix it?"
 * and a filled-in support report. All decisions come from the pure engine.
 */
import { back, choose, isOutcome, isQuestion, nodePath, replay, startOver, stateFromUrl, urlForState } from '../../lib/triage/engine';
import { VERDICT_LABEL } from '../../lib/triage/labels';
import { buildReport } from '../../lib/triage/report';
import type { TriageState, TriageTree, TriedGuide } from '../../lib/triage/types';
import { extractIds } from '../../lib/search/normalise';
import { withoutSecrets } from '../../lib/search/secrets';

/** Where the search page leaves pasted error text for the report (sessionStorage). */
export const PASTED_TEXT_KEY = 'fixpath-pasted-text';
const MAX_PASTED = 10_000;

class TriageElementError extends Error {
  override name = 'TriageElementError';
}

interface Step { step: Element; title: string; crumbs?: Element }
interface HistoryState { fixpathTriage: number }

function readPasted(): string | undefined {
  try {
    const saved: unknown = JSON.parse(sessionStorage.getItem(PASTED_TEXT_KEY) ?? 'null');
    // Anything but { text: string } is corrupt or foreign: ignore it.
    if (saved && typeof saved === 'object' && typeof (saved as { text?: unknown }).text === 'string') {
      return withoutSecrets((saved as { text: string }).text.slice(0, MAX_PASTED));
    }
  } catch { /* unreadable storage: no pasted text */ }
  return undefined;
}

function stateKey(state: TriageState): string {
  return `${state.start}|${state.answers.join(',')}`;
}

function $<T extends Element>(root: ParentNode, selector: string): T | null {
  return root.querySelector<T>(selector);
}

export class FixpathTriage extends HTMLElement {
  #tree!: TriageTree;
  #guideTitles: Record<string, string> = {};
  #state!: TriageState;
  #from: string | undefined;
  #tried: TriedGuide[] = [];
  #steps = new Map<string, Promise<Step | undefined>>();
  /** The answer given at each state, so going back shows it still selected. */
  #chosen = new Map<string, string>();
  #ready = false;
  /** True while the next step loads: a second click, key press or Enter must not answer twice. */
  #busy = false;
  /** Counts the steps asked for, so a step that arrives after a newer request (Start over, Back) is dropped. */
  #requested = 0;

  connectedCallback() {
    if (this.#ready) return;
    this.#ready = true;
    const data = document.getElementById('fixpath-triage-data');
    if (!data?.textContent) throw new TriageElementError('fixpath-triage: tree data (<script id="fixpath-triage-data">) not found');
    const parsed = JSON.parse(data.textContent) as { tree: TriageTree; guideTitles: Record<string, string> };
    this.#tree = parsed.tree;
    this.#guideTitles = parsed.guideTitles;

    const params = new URLSearchParams(location.search);
    const text = params.get('text');
    if (text) {
      // Keys, tokens, cookies and e-mail addresses never reach storage or the report.
      try { sessionStorage.setItem(PASTED_TEXT_KEY, JSON.stringify({ text: withoutSecrets(text).slice(0, MAX_PASTED) })); } catch { /* storage off */ }
    }
    const fromUrl = stateFromUrl(this.#tree, location.pathname, location.search);
    this.#state = fromUrl.state;
    this.#from = fromUrl.from;
    this.#tried = fromUrl.tried;
    this.#rememberAnswers(this.#state);
    const step = this.#currentStep();
    this.#steps.set(location.pathname, Promise.resolve({ step: step.cloneNode(true) as Element, title: document.title }));

    this.addEventListener('submit', (event) => this.#onSubmit(event));
    this.addEventListener('click', (event) => this.#onClick(event));
    this.addEventListener('input', (event) => {
      if ((event.target as Element).matches('[data-triage-error-text], [data-triage-ray-id]')) this.#updateReport();
    });
    addEventListener('popstate', () => this.#onPopState());

    const index = (history.state as HistoryState | null)?.fixpathTriage ?? 0;
    history.replaceState({ fixpathTriage: index } satisfies HistoryState, '', this.#url());
    const target = replay(this.#tree, this.#state).node.id;
    if (fromUrl.notice) this.#notice(fromUrl.notice);
    if (target !== step.getAttribute('data-node')) void this.#show(fromUrl.notice);
    else this.#enhance();
  }

  #url(): string {
    return urlForState(this.#tree, this.#state, { ...(this.#from ? { from: this.#from } : {}), tried: this.#tried });
  }

  #currentStep(): Element {
    const step = $(this, '[data-triage-step]');
    if (!step) throw new TriageElementError('fixpath-triage: step markup ([data-triage-step]) not found');
    return step;
  }

  #notice(text: string) {
    const notice = $<HTMLElement>(this, '[data-triage-notice]');
    if (notice) { notice.textContent = text; notice.hidden = false; }
  }

  #loadStep(path: string): Promise<Step | undefined> {
    let pending = this.#steps.get(path);
    if (!pending) {
      pending = fetch(path, { headers: { accept: 'text/html' } })
        .then((res) => (res.ok ? res.text() : Promise.reject(new Error(String(res.status)))))
        .then((html) => {
          const doc = new DOMParser().parseFromString(html, 'text/html');
          const step = $(doc, '[data-triage-step]');
          const crumbs = $(doc, 'nav.breadcrumbs');
          return step ? { step, title: doc.title, ...(crumbs ? { crumbs } : {}) } : undefined;
        })
        .catch(() => undefined);
      this.#steps.set(path, pending);
    }
    return pending;
  }

  /** Shows the step for the current state; `announce` is read out with it. */
  async #show(announce = '') {
    const request = ++this.#requested;
    const { node } = replay(this.#tree, this.#state);
    const loaded = await this.#loadStep(nodePath(this.#tree, node.id));
    // The reader asked for another step while this one loaded: that one is on screen, or on its way.
    if (request !== this.#requested) return;
    if (!loaded) { location.assign(this.#url()); return; }
    this.#currentStep().replaceWith(loaded.step.cloneNode(true));
    document.title = loaded.title;
    // The breadcrumb names the kind of step (question or result); keep it in step with the page.
    const crumbs = document.querySelector('nav.breadcrumbs');
    if (crumbs && loaded.crumbs) crumbs.replaceWith(loaded.crumbs.cloneNode(true));
    this.#busy = false;
    this.#enhance();
    $<HTMLElement>(this, '[data-triage-heading]')?.focus();
    const live = $(this, '[data-triage-live]');
    if (live) live.textContent = `${announce} ${isQuestion(node) ? node.question : `Result: ${node.title}`}`.trim();
  }

  async #go(state: TriageState, announce = '') {
    this.#state = state;
    this.#tried = [];
    const index = ((history.state as HistoryState | null)?.fixpathTriage ?? 0) + 1;
    history.pushState({ fixpathTriage: index } satisfies HistoryState, '', this.#url());
    $<HTMLElement>(this, '[data-triage-notice]')?.setAttribute('hidden', '');
    await this.#show(announce);
  }

  /** Every earlier step of `state` shows its answer selected when the reader goes back to it, even after a reload. */
  #rememberAnswers(state: TriageState) {
    state.answers.forEach((answer, i) => this.#chosen.set(stateKey({ start: state.start, answers: state.answers.slice(0, i) }), answer));
  }

  #onPopState() {
    const fromUrl = stateFromUrl(this.#tree, location.pathname, location.search);
    this.#rememberAnswers(this.#state);
    this.#state = fromUrl.state;
    this.#from = fromUrl.from;
    this.#tried = fromUrl.tried;
    if (fromUrl.notice) this.#notice(fromUrl.notice);
    void this.#show();
  }

  #onSubmit(event: Event) {
    const form = event.target as HTMLFormElement;
    if (!form.matches('[data-triage-form]')) return;
    event.preventDefault();
    // One answer per step: ignore every submit until the next step is on screen.
    if (this.#busy) return;
    const checked = $<HTMLInputElement>(form, 'input[name="answer"]:checked');
    const error = $<HTMLElement>(form, '[data-triage-error]');
    if (!checked) {
      if (error) { error.hidden = false; error.focus(); }
      form.classList.add('has-error');
      return;
    }
    const next = choose(this.#tree, this.#state, checked.value);
    if (!next) { void this.#go(startOver(this.#tree), 'That answer did not fit, so we started again.'); return; }
    this.#chosen.set(stateKey(this.#state), checked.value);
    this.#busy = true;
    this.#showProgress(form);
    void this.#go(next);
  }

  /** Continue shows that the next step is on its way, and the answers cannot change meanwhile. */
  #showProgress(form: HTMLFormElement) {
    const button = $<HTMLButtonElement>(form, '[data-triage-continue]');
    if (button) { button.disabled = true; button.textContent = 'Loading the next question…'; }
    form.setAttribute('aria-busy', 'true');
    const fieldset = $<HTMLFieldSetElement>(form, 'fieldset');
    if (fieldset) fieldset.disabled = true;
  }

  #onClick(event: MouseEvent) {
    const target = event.target as Element;
    const link = target.closest('a');
    if (link?.matches('[data-triage-restart]')) {
      event.preventDefault();
      this.#from = undefined;
      // Start over forgets what was pasted too: the next report starts blank.
      try { sessionStorage.removeItem(PASTED_TEXT_KEY); } catch { /* storage off */ }
      void this.#go(startOver(this.#tree));
    } else if (link?.matches('[data-triage-back]') && this.#state.answers.length > 0) {
      event.preventDefault();
      // Like the browser's Back when we made the history entry; otherwise one step up the path.
      if (((history.state as HistoryState | null)?.fixpathTriage ?? 0) > 0) history.back();
      else void this.#go(back(this.#state));
    }
    const button = target.closest('button');
    if (button?.matches('[data-fixed]')) this.#recordResult(button);
    if (button?.matches('[data-triage-copy]')) this.#copyReport();
  }

  #recordResult(button: HTMLButtonElement) {
    const guide = button.closest('[data-guide]')?.getAttribute('data-guide');
    if (!guide) return;
    const fixed = button.getAttribute('data-fixed') === 'yes';
    this.#tried = [...this.#tried.filter((t) => t.guide !== guide), { guide, fixed }];
    history.replaceState(history.state, '', this.#url());
    this.#enhance();
    const next = $<HTMLElement>(this, fixed ? '[data-triage-fixed]' : '[data-triage-check]:not([hidden]) p');
    (next ?? $<HTMLElement>(this, '#support-heading'))?.focus();
  }

  #enhance() {
    const { node, steps } = replay(this.#tree, this.#state);
    this.classList.add('is-enhanced');
    if (isQuestion(node)) {
      $<HTMLElement>(this, '[data-triage-links]')?.setAttribute('hidden', '');
      $<HTMLElement>(this, '[data-triage-continue]')?.removeAttribute('hidden');
      const chosen = this.#chosen.get(stateKey(this.#state));
      const radio = chosen ? $<HTMLInputElement>(this, `input[name="answer"][value="${CSS.escape(chosen)}"]`) : null;
      if (radio) radio.checked = true;
    }
    // Along the reader's path there is one way back: show it instead of the no-JS list of every earlier question.
    const backLink = $<HTMLAnchorElement>(this, '[data-triage-back]');
    const backList = $<HTMLElement>(this, '[data-triage-back-list]');
    if (backLink && this.#state.answers.length > 0) {
      backLink.href = urlForState(this.#tree, back(this.#state), this.#from ? { from: this.#from } : {});
      backLink.hidden = false;
      if (backList) backList.hidden = true;
    }
    if (!isOutcome(node)) return;

    // "Did this fix it?" on the first guide not yet tried; done ones say how they went.
    const fixedOne = this.#tried.some((t) => t.fixed);
    let current = false;
    for (const item of this.querySelectorAll<HTMLElement>('[data-guide]')) {
      const tried = this.#tried.find((t) => t.guide === item.dataset.guide);
      const check = $<HTMLElement>(item, '[data-triage-check]');
      const showCheck = !tried && !current && !fixedOne;
      if (showCheck) current = true;
      if (check) check.hidden = !showCheck;
      item.dataset.result = tried ? (tried.fixed ? 'fixed' : 'not-fixed') : '';
    }
    const fixedNote = $<HTMLElement>(this, '[data-triage-fixed]');
    if (fixedNote) fixedNote.hidden = !fixedOne;

    // The report's own fields start from what the reader pasted into search; they can edit them.
    const pastedText = readPasted();
    const { rayId, requestId } = extractIds(pastedText ?? '');
    const textField = $<HTMLTextAreaElement>(this, '[data-triage-error-text]');
    const idField = $<HTMLInputElement>(this, '[data-triage-ray-id]');
    if (textField && !textField.dataset.filled) { textField.value = pastedText ?? ''; textField.dataset.filled = 'yes'; }
    if (idField && !idField.dataset.filled) { idField.value = rayId ?? requestId ?? ''; idField.dataset.filled = 'yes'; }
    this.#updateReport();
    const note = $(this, '[data-triage-report-note]');
    if (note) note.textContent = 'Built from your answers and the fields above. Check it, then copy it into your message.';
    $<HTMLElement>(this, '[data-triage-copy]')?.removeAttribute('hidden');
  }

  /** Rebuilds the report from the state, the tried guides and the two fields the reader can edit. */
  #updateReport() {
    const { node, steps } = replay(this.#tree, this.#state);
    if (!isOutcome(node)) return;
    const errorText = $<HTMLTextAreaElement>(this, '[data-triage-error-text]')?.value.trim() ?? '';
    const givenId = $<HTMLInputElement>(this, '[data-triage-ray-id]')?.value.trim() ?? '';
    const found = extractIds(errorText);
    // The field may hold either kind of id: label it as such unless it is one found in the text.
    const rayId = !givenId || givenId === found.rayId ? found.rayId : undefined;
    const requestId = !givenId || givenId === found.requestId ? found.requestId : undefined;
    const referenceId = givenId && givenId !== found.rayId && givenId !== found.requestId ? givenId : undefined;
    const report = buildReport({
      outcome: { title: node.title, verdict: VERDICT_LABEL[node.verdict] },
      answers: steps.map((s) => ({ question: s.question.question, answer: s.question.answers.find((a) => a.id === s.answerId)?.label ?? s.answerId })),
      tried: this.#tried.map((t) => ({ title: this.#guideTitles[t.guide] ?? t.guide, fixed: t.fixed })),
      userAgent: navigator.userAgent,
      now: new Date(),
      timeZone: Intl.DateTimeFormat().resolvedOptions().timeZone,
      ...(errorText ? { pastedText: errorText } : {}),
      ...(rayId ? { rayId } : {}),
      ...(requestId ? { requestId } : {}),
      ...(referenceId ? { referenceId } : {}),
      ...(found.timestamp ? { errorTime: found.timestamp } : {}),
      ...(this.#from ? { from: this.#from } : {}),
      pageUrl: location.href,
    });
    const area = $<HTMLTextAreaElement>(this, '[data-triage-report]');
    if (area) area.value = report;
  }

  #copyReport() {
    const area = $<HTMLTextAreaElement>(this, '[data-triage-report]');
    const status = $(this, '[data-triage-copy-status]');
    if (!area || !status) return;
    const fallback = () => { area.focus(); area.select(); status.textContent = 'Copying is blocked here: the report is selected, press Ctrl+C or Cmd+C.'; };
    if (!navigator.clipboard) { fallback(); return; }
    navigator.clipboard.writeText(area.value).then(() => { status.textContent = 'Report copied.'; }, fallback);
  }
}

customElements.define('fixpath-triage', FixpathTriage);
