/** Groups every on-screen message and every error title by first letter, for the A–Z page. */
export interface IndexedError {
  code: string;
  title: string;
  messages: readonly string[];
}

export interface AzItem { text: string; code: string; title: string }
export interface AzGroup { letter: string; anchor: string; items: AzItem[] }

export function messageIndex(errors: readonly IndexedError[]): AzGroup[] {
  const seen = new Set<string>();
  const items: AzItem[] = [];
  for (const error of errors) {
    for (const text of [error.title, ...error.messages]) {
      const key = `${error.code}|${text.toLowerCase()}`;
      if (seen.has(key)) continue;
      seen.add(key);
      items.push({ text, code: error.code, title: error.title });
    }
  }
  items.sort((a, b) => a.text.localeCompare(b.text, 'en', { sensitivity: 'base', numeric: true }));
  const groups = new Map<string, AzItem[]>();
  for (const item of items) {
    const first = item.text.trim().charAt(0).toUpperCase();
    const letter = /[A-Z]/.test(first) ? first : '0–9 and symbols';
    groups.set(letter, [...(groups.get(letter) ?? []), item]);
  }
  return [...groups].map(([letter, groupItems]) => ({
    letter,
    anchor: /^[A-Z]$/.test(letter) ? letter.toLowerCase() : 'other',
    items: groupItems,
  }));
}
