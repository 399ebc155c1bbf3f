// A plain static file server for dist/, the way any static host or CDN serves
// it: files as they are, `index.html` for folders, `404.html` with status 404,
// and the headers from dist/_headers. Used by the e2e tests and the benchmark,
// so they measure the real files with no dev tooling in between.
import { createReadStream, existsSync, readFileSync, statSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { extname, join, normalize, resolve } from 'node:path';
import { createGzip } from 'node:zlib';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.xml': 'application/xml; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.wasm': 'application/wasm',
  '.pagefind': 'application/octet-stream',
  '.pf_meta': 'application/octet-stream',
  '.pf_index': 'application/octet-stream',
  '.pf_fragment': 'application/octet-stream',
  '.pf_filter': 'application/octet-stream',
};
const COMPRESSIBLE = new Set(['.html', '.css', '.js', '.mjs', '.json', '.xml', '.txt', '.svg']);

/** Parses the global block (`/*`) of a Netlify/Cloudflare-style _headers file. */
function globalHeaders(root: string): Record<string, string> {
  const file = join(root, '_headers');
  if (!existsSync(file)) return {};
  const headers: Record<string, string> = {};
  let inGlobal = false;
  for (const line of readFileSync(file, 'utf8').split('\n')) {
    if (!line.startsWith(' ') && line.trim()) inGlobal = line.trim() === '/*';
    else if (inGlobal && line.includes(':')) {
      const [name, ...rest] = line.trim().split(':');
      headers[name!.trim()] = rest.join(':').trim();
    }
  }
  return headers;
}

export function serveDist(root: string, port: number): Promise<Server> {
  const base = resolve(root);
  const extra = globalHeaders(base);
  const server = createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://localhost');
    let path = normalize(join(base, decodeURIComponent(url.pathname)));
    if (!path.startsWith(base)) { res.writeHead(400).end(); return; }
    let status = 200;
    if (existsSync(path) && statSync(path).isDirectory()) {
      if (!url.pathname.endsWith('/')) { res.writeHead(301, { location: `${url.pathname}/${url.search}` }).end(); return; }
      path = join(path, 'index.html');
    }
    if (!existsSync(path)) { status = 404; path = join(base, '404.html'); }
    const ext = extname(path);
    const headers: Record<string, string> = { ...extra, 'content-type': TYPES[ext] ?? 'application/octet-stream', 'cache-control': 'no-cache' };
    const gzip = COMPRESSIBLE.has(ext) && /\bgzip\b/.test(String(req.headers['accept-encoding'] ?? ''));
    if (gzip) headers['content-encoding'] = 'gzip';
    res.writeHead(status, headers);
    if (req.method === 'HEAD') { res.end(); return; }
    const stream = createReadStream(path);
    (gzip ? stream.pipe(createGzip({ level: 9 })) : stream).pipe(res);
  });
  return new Promise((ok) => server.listen(port, '127.0.0.1', () => ok(server)));
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const portArg = process.argv.indexOf('--port');
  const port = portArg > 0 ? Number(process.argv[portArg + 1]) : 4321;
  const root = new URL('../dist/', import.meta.url).pathname;
  if (!existsSync(join(root, 'index.html'))) {
    console.error('dist/index.html is missing: run `npm run build` first.');
    process.exit(1);
  }
  await serveDist(root, port);
  console.log(`Fixpath: serving dist/ at http://127.0.0.1:${port}/`);
}
