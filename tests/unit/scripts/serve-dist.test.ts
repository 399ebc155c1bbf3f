import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import type { Server } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fileFor, portFrom, serveDist } from '../../../scripts/serve-dist.ts';

// A site folder `dist/` with a sibling `dist-secret/` that must never be served.
let scratch: string;
let server: Server;
let base: string;

beforeAll(async () => {
  scratch = mkdtempSync(join(tmpdir(), 'fixpath-serve-'));
  mkdirSync(join(scratch, 'dist/a/_astro'), { recursive: true });
  mkdirSync(join(scratch, 'dist/_astro'), { recursive: true });
  mkdirSync(join(scratch, 'dist-secret'));
  writeFileSync(join(scratch, 'dist/index.html'), '<!doctype html><title>home</title>');
  writeFileSync(join(scratch, 'dist/404.html'), '<!doctype html><title>not found</title>');
  writeFileSync(join(scratch, 'dist/_astro/app.Ab12.js'), 'export {};');
  writeFileSync(join(scratch, 'dist/_headers'), '/*\n  X-Content-Type-Options: nosniff\n/_astro/*\n  Cache-Control: public, max-age=31536000, immutable\n');
  writeFileSync(join(scratch, 'dist-secret/x.txt'), 'SECRET');
  server = await serveDist(join(scratch, 'dist'), 0);
  const address = server.address();
  base = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}`;
});

afterAll(() => {
  server?.close();
  rmSync(scratch, { recursive: true, force: true });
});

describe('serveDist', () => {
  it('answers a path that cannot be decoded with 400 and keeps serving', async () => {
    const bad = await fetch(`${base}/%E0%A4%A`);
    expect(bad.status).toBe(400);
    expect((await fetch(`${base}/`)).status).toBe(200);
  });

  it('never serves a file from a sibling folder whose name starts like the site folder', async () => {
    const response = await fetch(`${base}/a%2F..%2F..%2Fdist-secret%2Fx.txt`);
    expect(response.status).toBe(400);
    expect(await response.text()).not.toContain('SECRET');
  });

  it('refuses an encoded NUL byte', async () => {
    expect((await fetch(`${base}/index.html%00.txt`)).status).toBe(400);
  });

  it('serves 404.html with status 404 for a missing page', async () => {
    const response = await fetch(`${base}/no-such-page/`);
    expect(response.status).toBe(404);
    expect(await response.text()).toContain('not found');
  });

  it('applies the _headers blocks that match the path', async () => {
    const asset = await fetch(`${base}/_astro/app.Ab12.js`);
    expect(asset.headers.get('cache-control')).toBe('public, max-age=31536000, immutable');
    expect(asset.headers.get('x-content-type-options')).toBe('nosniff');
    const page = await fetch(`${base}/`);
    expect(page.headers.get('cache-control')).toBe('no-cache');
    expect(page.headers.get('x-content-type-options')).toBe('nosniff');
  });

  it('rejects, rather than crashing, when the port is taken', async () => {
    const port = (server.address() as { port: number }).port;
    await expect(serveDist(join(scratch, 'dist'), port)).rejects.toMatchObject({ code: 'EADDRINUSE' });
  });
});

describe('fileFor', () => {
  it('keeps paths inside the folder, checked with a separator', () => {
    expect(fileFor('/srv/dist', '/errors/502/')).toBe('/srv/dist/errors/502/');
    expect(fileFor('/srv/dist', '/')).toBe('/srv/dist/');
    expect(fileFor('/srv/dist', '/%2e%2e/dist-secret/x.txt')).toBeUndefined();
    expect(fileFor('/srv/dist', '/%E0%A4%A')).toBeUndefined();
  });
});

describe('portFrom', () => {
  it('takes --port, then FIXPATH_PORT, then 4321', () => {
    expect(portFrom(['node', 'serve', '--port', '5000'], { FIXPATH_PORT: '4431' })).toBe(5000);
    expect(portFrom(['node', 'serve'], { FIXPATH_PORT: '4431' })).toBe(4431);
    expect(portFrom(['node', 'serve'], {})).toBe(4321);
  });

  it('names FIXPATH_PORT when the value is not a port', () => {
    expect(() => portFrom(['node', 'serve'], { FIXPATH_PORT: 'abc' })).toThrow(/FIXPATH_PORT/);
  });
});
