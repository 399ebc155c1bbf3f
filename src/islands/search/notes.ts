// What search says besides the results: secrets it removed, the language it
// recognised, and when the paste says to retry, as a <time> in local time with
// a quiet countdown. Built with DOM calls only; nothing is parsed as HTML.
import { formatRemaining, retryAt } from '../../lib/retry';
import type { Notes } from '../../lib/search/run';
import { redactionNotice } from '../../lib/search/secrets';

function paragraph(...parts: Array<string | Node>): HTMLParagraphElement {
  const p = document.createElement('p');
  p.className = 'search-note';
  p.append(...parts);
  return p;
}

const timeFormat = new Intl.DateTimeFormat(undefined, { hour: 'numeric', minute: '2-digit' });
const dateTimeFormat = new Intl.DateTimeFormat(undefined, { dateStyle: 'medium', timeStyle: 'short' });

/**
 * Fills `box` with the notes and shows it, or hides it when there is nothing to
 * say. Returns a function that stops the countdown.
 */
export function renderNotes(box: HTMLElement, notes: Notes | undefined, pastedAt: Date): () => void {
  const parts: HTMLElement[] = [];
  const notice = notes ? redactionNotice(notes.removed) : undefined;
  if (notice) parts.push(paragraph(notice));
  if (notes?.language) parts.push(paragraph(`Your text looks ${notes.language}. Fixpath's pages are in English; these match what it says.`));

  let timer: ReturnType<typeof setInterval> | undefined;
  const wait = notes?.wait;
  if (wait) {
    const at = retryAt(wait, pastedAt);
    const time = document.createElement('time');
    time.dateTime = at.toISOString();
    const sameDay = at.toDateString() === pastedAt.toDateString();
    time.textContent = sameDay ? timeFormat.format(at) : dateTimeFormat.format(at);
    const left = document.createElement('span');
    left.className = 'search-countdown';
    const lead = wait.kind === 'clock' ? 'The screen says to try again after ' : 'Try again after ';
    const tail = wait.kind === 'relative'
      ? ` your time. The error said to wait ${wait.text}; that counts from when it appeared, so this counts from when you pasted it.`
      : wait.kind === 'clock' ? ', your own clock.' : ' your time, from the server\'s Retry-After date.';
    parts.push(paragraph(lead, time, ' (', left, ')', tail));
    // A calm countdown: no live region, so screen readers are not told every second;
    // with reduced motion it moves once a minute.
    const reduced = window.matchMedia?.('(prefers-reduced-motion: reduce)').matches ?? false;
    const step = reduced ? 60 : 1;
    const tick = () => {
      const ms = at.getTime() - Date.now();
      left.textContent = ms <= 0 ? 'that time has come' : `in ${formatRemaining(ms, step)}`;
      if (ms <= 0 && timer !== undefined) clearInterval(timer);
    };
    tick();
    if (at.getTime() > Date.now()) timer = setInterval(tick, step * 1000);
  }
  box.replaceChildren(...parts);
  box.hidden = parts.length === 0;
  return () => { if (timer !== undefined) clearInterval(timer); };
}
