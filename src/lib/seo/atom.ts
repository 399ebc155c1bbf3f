/** An Atom feed as a string; every text is XML-escaped. */
import { escapeXml } from './xml.ts';

export interface FeedEntry { id: string; title: string; updated: Date; link: string; summary: string }

export { escapeXml };

export function atomFeed(feed: { id: string; title: string; selfUrl: string; siteUrl: string; entries: FeedEntry[] }): string {
  const updated = feed.entries.reduce((latest, e) => (e.updated > latest ? e.updated : latest), new Date(0));
  const entries = feed.entries.map((e) => [
    '  <entry>',
    `    <id>${escapeXml(e.id)}</id>`,
    `    <title>${escapeXml(e.title)}</title>`,
    `    <updated>${e.updated.toISOString()}</updated>`,
    `    <link rel="alternate" href="${escapeXml(e.link)}"/>`,
    `    <summary>${escapeXml(e.summary)}</summary>`,
    '  </entry>',
  ].join('\n'));
  return [
    '<?xml version="1.0" encoding="utf-8"?>',
    '<feed xmlns="http://www.w3.org/2005/Atom">',
    `  <id>${escapeXml(feed.id)}</id>`,
    `  <title>${escapeXml(feed.title)}</title>`,
    `  <updated>${updated.toISOString()}</updated>`,
    `  <link rel="self" href="${escapeXml(feed.selfUrl)}"/>`,
    `  <link rel="alternate" href="${escapeXml(feed.siteUrl)}"/>`,
    '  <author><name>Fixpath</name></author>',
    ...entries,
    '</feed>',
    '',
  ].join('\n');
}
