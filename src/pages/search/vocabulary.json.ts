// /search/vocabulary.json: the site's own words for typo correction, written at
// build time. Fetched only when a paste has words the message table lacks.
import type { APIRoute } from 'astro';
import { getVocabulary } from '../../data/content';

export const GET: APIRoute = async () =>
  new Response(JSON.stringify(await getVocabulary()), { headers: { 'content-type': 'application/json' } });
