import type { APIRoute } from 'astro';
import { getIncidents } from '../../data/content';
import { atomFeed } from '../../lib/seo/atom';

export const GET: APIRoute = async ({ site }) => {
  const base = site?.href ?? 'https://fixpath.example/';
  const page = new URL('/incidents/', base).href;
  const incidents = await getIncidents();
  const body = atomFeed({
    id: page,
    title: 'Fixpath: documented outages',
    selfUrl: new URL('/incidents/feed.xml', base).href,
    siteUrl: page,
    entries: incidents.map((incident) => ({
      id: `${page}#incident-${incident.id}`,
      title: `${incident.data.date.toISOString().slice(0, 10)}: ${incident.data.service}`,
      updated: incident.data.date,
      link: `${page}#incident-${incident.id}`,
      summary: `${incident.data.seen} Cause: ${incident.data.cause}`,
    })),
  });
  return new Response(body, { headers: { 'content-type': 'application/atom+xml; charset=utf-8' } });
};
