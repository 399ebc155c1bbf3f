// /search/messages.json: the known-message table, written at build time. The
// search element fetches it (about 3 KB gzip) before anything else, and answers
// a pasted code or known message from it without loading Pagefind.
import type { APIRoute } from 'astro';
import { getMessageTable } from '../../data/content';

export const GET: APIRoute = async () =>
  new Response(JSON.stringify(await getMessageTable()), { headers: { 'content-type': 'application/json' } });
