import type { APIRoute } from 'astro';
import { getIncidents } from '../../data/content';
import { isoDay } from '../../lib/content/labels';
import { atomFeed } from '../../lib/seo/atom';
import { incidentAnchor } from '../../lib/routes';
import { requireSite } from '../../lib/site';

export const GET: APIRoute = async ({ site }) => {
  const base = requireSite(site);
  const page = new URL('/incidents/', base).href;
  const incidents = await getIncidents();
  const body = atomFeed({
    id: page,
    title: 'Fixpath: documented outages',
    selfUrl: new URL('/incidents/feed.xml', base).href,
    siteUrl: page,
    entries: incidents.map((incident) => ({
      id: `${page}#${incidentAnchor(incident.id)}`,
      title: `${isoDay(incident.data.date)}: ${incident.data.service}`,
      updated: incident.data.date,
      link: `${page}#${incidentAnchor(incident.id)}`,
      summary: `${incident.data.seen} Cause: ${incident.data.cause}`,
    })),
  });
  return new Response(body, { headers: { 'content-type': 'application/atom+xml; charset=utf-8' } });
};
