// The 404 page: reads its own address (/errors/522/, /errors/gateway-timeout/),
// looks it up in the known-message table (never Pagefind) and offers the page
// it most likely meant. Links are built with DOM calls; nothing is parsed as HTML.
import { queryFromPath } from '../../lib/search/address';
import { runSearch } from '../../lib/search/run';
import { sources } from '../search/sources';

const box = document.querySelector<HTMLElement>('[data-not-found-suggest]');
const query = queryFromPath(window.location.pathname);

if (box && query) {
  const tableOnly = { ...sources, pagefind: async () => ({ search: async () => ({ results: [] }) }) };
  void runSearch(query, tableOnly, { limit: 3 }).then((outcome) => {
    if (outcome.state !== 'results') return;
    const [first, ...rest] = outcome.items;
    const link = (item: { url: string; title: string }) => {
      const a = document.createElement('a');
      a.href = item.url;
      a.textContent = item.title;
      return a;
    };
    const lead = document.createElement('p');
    lead.className = 'lead';
    lead.append('You may be looking for ', link(first!), '.');
    box.replaceChildren(lead);
    if (rest.length > 0) {
      const more = document.createElement('p');
      more.append('Or: ');
      rest.forEach((item, i) => more.append(...(i > 0 ? [', ', link(item)] : [link(item)])));
      more.append('.');
      box.append(more);
    }
    box.hidden = false;
  });
}
