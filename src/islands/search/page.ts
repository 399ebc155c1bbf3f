// The /search/ page: runs the search in the address (?q=…), and keeps the address
// in step with the box as the reader types, so the page can be shared and the
// browser's Back button returns to the same query.
import { searchHref } from '../../lib/routes';
import { withoutSecrets } from '../../lib/search/secrets';
import type { Outcome } from '../../lib/search/run';
import './search-element';
import type { FixpathSearch } from './search-element';

const search = document.querySelector<FixpathSearch>('fixpath-search[data-mode="page"]');

function queryFromAddress(): string {
  return new URLSearchParams(window.location.search).get('q') ?? '';
}

if (search) {
  search.addEventListener('fixpath-search:query', (event) => {
    const { query } = (event as CustomEvent<{ query: string }>).detail;
    const href = searchHref(query);
    if (href !== window.location.pathname + window.location.search) window.history.replaceState(null, '', href);
  });
  // Back/forward within the page's own history, and restores from the back-forward cache.
  window.addEventListener('popstate', () => void search.search(queryFromAddress()));
  window.addEventListener('pageshow', (event) => {
    if (event.persisted && search.query !== queryFromAddress()) void search.search(queryFromAddress());
  });
  // The home paste box adds go=1: a code or message recognised for certain opens
  // its page at once. `replace`, so Back returns to the paste box, not to here.
  // A shared /search/?q= link still shows the result list.
  let goStraight = new URLSearchParams(window.location.search).get('go') === '1';
  search.addEventListener('fixpath-search:outcome', (event) => {
    const { outcome } = (event as CustomEvent<{ outcome: Outcome }>).detail;
    if (!goStraight || outcome.state === 'empty') return;
    goStraight = false; // only the search the address asked for, never later typing
    const only = outcome.state === 'results' && outcome.source === 'table' && outcome.items.length === 1 ? outcome.items[0] : undefined;
    if (only) window.location.replace(only.url);
  });
  const initial = queryFromAddress();
  // A key or token that came in the address (a no-script form, a shared link)
  // leaves it and this history entry at once.
  const clean = withoutSecrets(initial);
  if (clean !== initial) window.history.replaceState(null, '', searchHref(clean));
  if (initial) void search.search(initial);
}
