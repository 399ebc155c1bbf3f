// Lighthouse (mobile, simulated throttling: its defaults) with the system
// Chromium, one page at a time: two pages at once on a small machine would
// slow each other and skew the performance score.
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { launch } from 'chrome-launcher';
import lighthouse from 'lighthouse';

export interface LighthouseScores {
  url: string;
  /** 0–100 each; undefined when Lighthouse could not score the page. */
  performance?: number;
  accessibility?: number;
  bestPractices?: number;
  seo?: number;
  /** Mobile Largest Contentful Paint, simulated, in milliseconds. */
  lcpMs?: number;
  /** Audits that cost points, e.g. "is-crawlable", or Lighthouse's runtime error. */
  notes: string[];
}

const CATEGORIES = ['performance', 'accessibility', 'best-practices', 'seo'];

/** Scores each URL in turn with one Chromium; full reports go to `reportDir`. */
export async function runLighthouse(urls: Array<{ name: string; url: string }>, executablePath: string, reportDir: string): Promise<Map<string, LighthouseScores>> {
  mkdirSync(reportDir, { recursive: true });
  // --no-sandbox: the benchmark may run as root, where Chromium's sandbox refuses to start.
  const chrome = await launch({ chromePath: executablePath, chromeFlags: ['--headless=new', '--no-sandbox', '--disable-gpu'] });
  const results = new Map<string, LighthouseScores>();
  try {
    for (const { name, url } of urls) {
      const result = await lighthouse(url, { port: chrome.port, output: 'json', logLevel: 'error', onlyCategories: CATEGORIES });
      if (!result) throw new Error(`Lighthouse returned nothing for ${url}`);
      const { lhr } = result;
      writeFileSync(join(reportDir, `${name.replace(/[^a-z0-9]+/gi, '-')}.json`), JSON.stringify(lhr));
      const score = (id: string) => {
        const value = lhr.categories[id]?.score;
        return typeof value === 'number' ? Math.round(value * 100) : undefined;
      };
      const lost = Object.values(lhr.categories).flatMap((category) =>
        category.auditRefs
          .filter((ref) => ref.weight > 0 && typeof lhr.audits[ref.id]?.score === 'number' && lhr.audits[ref.id]!.score! < 1)
          .map((ref) => ref.id));
      results.set(name, {
        url,
        performance: score('performance'),
        accessibility: score('accessibility'),
        bestPractices: score('best-practices'),
        seo: score('seo'),
        lcpMs: lhr.audits['largest-contentful-paint']?.numericValue,
        notes: [...(lhr.runtimeError ? [`${lhr.runtimeError.code}: ${lhr.runtimeError.message}`] : []), ...new Set(lost)],
      });
    }
  } finally {
    chrome.kill();
  }
  return results;
}
