/**
 * Where a failure sits on the request path, and everything derived from it:
 * whose side it is (`fault`), the verdict line at the top of an error page,
 * and the marks of the path picture. One field in the content, so the verdict
 * and the picture can never disagree.
 */
import { HOPS, type Fault, type Hop } from './enums';

export interface Where {
  /** Where the failure usually sits. */
  usually: readonly Hop[];
  /** Where it can also sit. */
  sometimes: readonly Hop[];
  /** Nothing is broken: the service works as designed, and `usually` is where the message comes from. */
  notAFault?: boolean | undefined;
}

const THEIRS: ReadonlySet<Hop> = new Set(['edge', 'servers']);

/** Short names for the path picture, in path order. */
export const HOP_LABEL: Record<Hop, { name: string; detail: string }> = {
  device: { name: 'Your device', detail: 'browser or app' },
  network: { name: 'Your network', detail: 'Wi-Fi, office, VPN' },
  edge: { name: 'Their edge', detail: 'e.g. Cloudflare' },
  servers: { name: 'Their servers', detail: 'the service itself' },
  account: { name: 'Your account', detail: 'plan, limits, billing' },
};

/** Nobody's when nothing is broken; their side when it usually breaks at their edge or servers; yours when at your device, network or account. */
export function faultOf(where: Where): Fault {
  if (where.notAFault) return 'none';
  const theirs = where.usually.filter((hop) => THEIRS.has(hop)).length;
  if (theirs === where.usually.length) return 'upstream';
  if (theirs === 0) return 'local';
  return 'either';
}

export type HopMark = 'usually' | 'sometimes' | 'no';

/** Each hop in path order with its mark and the words shown with it: what the picture draws. */
export function hopMarks(where: Where): Array<{ hop: Hop; mark: HopMark; text: string }> {
  const text: Record<HopMark, string> = where.notAFault
    ? { usually: 'Comes from here', sometimes: 'Sometimes from here', no: '' }
    : { usually: 'Usually here', sometimes: 'Sometimes here', no: '' };
  return HOPS.map((hop) => {
    const mark: HopMark = where.usually.includes(hop) ? 'usually' : where.sometimes.includes(hop) ? 'sometimes' : 'no';
    return { hop, mark, text: text[mark] };
  });
}

function list(hops: readonly Hop[]): string {
  const names = HOPS.filter((hop) => hops.includes(hop)).map((hop) => HOP_LABEL[hop].name.toLowerCase());
  if (names.length <= 1) return names.join('');
  return `${names.slice(0, -1).join(', ')} or ${names.at(-1)}`;
}

/** The picture's text alternative and caption, e.g. "Usually breaks at their servers. Can also break at your network." */
export function whereCaption(where: Where): string {
  if (where.notAFault) {
    const from = `Comes from ${list(where.usually)}. Nothing is broken.`;
    return where.sometimes.length > 0 ? `${from} Sometimes it comes from ${list(where.sometimes)}.` : from;
  }
  const usual = `Usually breaks at ${list(where.usually)}.`;
  return where.sometimes.length > 0 ? `${usual} Can also break at ${list(where.sometimes)}.` : usual;
}

/** The verdict line at the top of an error page, derived from where it breaks. */
export function verdictOf(where: Where): { fault: Fault; label: string; advice: string } {
  const fault = faultOf(where);
  if (fault === 'none') {
    return { fault, label: 'Not a fault: working as designed', advice: 'Nothing needs repairing; carry on below.' };
  }
  if (fault === 'upstream') {
    return { fault, label: 'Usually their side: an outage or overload', advice: 'Check the status page before you change anything on your device.' };
  }
  if (fault === 'local') {
    return { fault, label: `Usually your side: ${list(where.usually)}`, advice: 'The fixes below are things you can do yourself, in order.' };
  }
  return { fault, label: 'Could be either side', advice: 'The one-minute check just below tells you which.' };
}
