// A plain static file server for dist/, the way Netlify or Cloudflare Pages
// serve it: files as they are, `index.html` for folders, `404.html` with
// status 404, and the headers dist/_headers gives each path. `npm run preview`,
// the e2e tests and the benchmark all use it, so they see the real files with
// no dev tooling in between.
//
// Port: `--port N`, else FIXPATH_PORT, else 4321. Bound to 127.0.0.1 only.
import { createReadStream, existsSync, readFileSync, statSync } from 'node:fs';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { extname, join, normalize, resolve, sep } from 'node:path';
import { pipeline } from 'node:stream';
import { createGzip } from 'node:zlib';
import { headersFor, parseHeadersFile, type HeaderRule } from '../src/lib/security/headers.ts';

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
const DEFAULT_PORT = 4321;

/**
 * The file under `base` a request path names, or undefined when the path
 * cannot be decoded or would leave `base` (an encoded `..`, a NUL byte).
 * Exported for the unit tests of both attacks.
 */
export function fileFor(base: string, rawPath: string): string | undefined {
  let decoded: string;
  try {
    decoded = decodeURIComponent(rawPath);
  } catch {
    return undefined;
  }
  if (decoded.includes('\0')) return undefined;
  const path = normalize(join(base, decoded));
  // A separator after base: `/srv/dist-secret` starts with `/srv/dist` too.
  return path === base || path.startsWith(base + sep) ? path : undefined;
}

function plain(res: ServerResponse, status: number, text: string) {
  res.writeHead(status, { 'content-type': 'text/plain; charset=utf-8', 'cache-control': 'no-store' }).end(`${text}\n`);
}

function handle(base: string, rules: HeaderRule[], req: IncomingMessage, res: ServerResponse) {
  const target = req.url ?? '/';
  const query = target.indexOf('?');
  const urlPath = query === -1 ? target : target.slice(0, query);
  if (!urlPath.startsWith('/')) return plain(res, 400, 'Bad request');
  let path = fileFor(base, urlPath);
  if (path === undefined) return plain(res, 400, 'Bad request: the path cannot be decoded or leaves the site');
  let status = 200;
  if (existsSync(path) && statSync(path).isDirectory()) {
    if (!urlPath.endsWith('/')) {
      res.writeHead(301, { location: `${urlPath}/${query === -1 ? '' : target.slice(query)}` }).end();
      return;
    }
    path = join(path, 'index.html');
  }
  if (!existsSync(path) || !statSync(path).isFile()) {
    status = 404;
    path = join(base, '404.html');
    if (!existsSync(path)) return plain(res, 404, 'Not found');
  }
  const ext = extname(path);
  const headers: Record<string, string> = {
    'content-type': TYPES[ext] ?? 'application/octet-stream',
    // What a host does for files without a rule of their own: check each time.
    'cache-control': 'no-cache',
    ...Object.fromEntries(headersFor(rules, urlPath)),
  };
  const gzip = COMPRESSIBLE.has(ext) && /\bgzip\b/.test(String(req.headers['accept-encoding'] ?? ''));
  if (gzip) headers['content-encoding'] = 'gzip';
  res.writeHead(status, headers);
  if (req.method === 'HEAD') return void res.end();
  const done = (error: NodeJS.ErrnoException | null) => {
    if (error) res.destroy();
  };
  if (gzip) pipeline(createReadStream(path), createGzip({ level: 9 }), res, done);
  else pipeline(createReadStream(path), res, done);
}

/**
 * Serves `root` on 127.0.0.1:`port` (0 picks a free port). Rejects when the
 * port is taken; a request that fails gets a 500, never a crash.
 */
export function serveDist(root: string, port: number): Promise<Server> {
  const base = resolve(root);
  const headersPath = join(base, '_headers');
  const rules = existsSync(headersPath) ? parseHeadersFile(readFileSync(headersPath, 'utf8')) : [];
  const server = createServer((req, res) => {
    try {
      handle(base, rules, req, res);
    } catch (error) {
      console.error(`serve-dist: ${req.method} ${req.url}: ${error instanceof Error ? error.message : String(error)}`);
      if (!res.headersSent) plain(res, 500, 'Internal error');
      else res.destroy();
    }
  });
  return new Promise((ok, fail) => {
    server.once('error', fail);
    server.listen(port, '127.0.0.1', () => {
      server.off('error', fail);
      ok(server);
    });
  });
}

/** The port from `--port N`, else FIXPATH_PORT, else 4321. */
export function portFrom(argv: string[], env: NodeJS.ProcessEnv): number {
  const flag = argv.indexOf('--port');
  const raw = flag >= 0 ? argv[flag + 1] : env.FIXPATH_PORT;
  if (raw === undefined || raw === '') return DEFAULT_PORT;
  const port = Number(raw);
  if (!Number.isInteger(port) || port < 0 || port > 65535) throw new Error(`"${raw}" is not a port number (FIXPATH_PORT or --port: 0 to 65535).`);
  return port;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const root = new URL('../dist/', import.meta.url).pathname;
  let port: number;
  try {
    port = portFrom(process.argv, process.env);
  } catch (error) {
    console.error(`Fixpath: ${(error as Error).message}`);
    process.exit(1);
  }
  if (!existsSync(join(root, 'index.html'))) {
    console.error('Fixpath: dist/index.html is missing: run `npm run build` first.');
    process.exit(1);
  }
  try {
    await serveDist(root, port);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'EADDRINUSE') console.error(`Fixpath: port ${port} on 127.0.0.1 is already in use; pick another with FIXPATH_PORT, e.g. FIXPATH_PORT=4400 npm run preview`);
    else console.error(`Fixpath: cannot listen on 127.0.0.1:${port}: ${(error as Error).message}`);
    process.exit(1);
  }
  console.log(`Fixpath: serving dist/ at http://127.0.0.1:${port}/`);
}
