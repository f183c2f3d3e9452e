import { readdir, readFile } from 'node:fs/promises';
import { join, resolve, sep } from 'node:path';
import { Hono } from 'hono';
import { z } from 'zod';
import { ApiError } from '../http/errors';
import type { AppEnv } from '../http/env';

const FileName = z.string().regex(/^[A-Za-z0-9][A-Za-z0-9._-]{0,200}\.html?$/);
const escape = (s: string) => s.replace(/[&<>"']/g, (ch) => `&#${ch.charCodeAt(0)};`);

/** GET /demo/ (an index) and GET /demo/FILE: the demo portal pages, from one folder and no deeper. */
export function demoRoutes(dir: string) {
  const root = resolve(dir);
  const list = async () => (await readdir(root).catch(() => [] as string[])).filter((f) => FileName.safeParse(f).success).sort();
  return new Hono<AppEnv>()
    .get('/demo', (c) => c.redirect('/demo/', 301))
    .get('/demo/', async (c) => {
      const items = (await list()).map((f) => `<li><a href="/demo/${encodeURIComponent(f)}">${escape(f)}</a></li>`).join('\n');
      return c.html(`<!doctype html><html><head><meta charset="utf-8"><title>Demo pages</title></head><body><h1>Demo portal pages</h1><ul>${items}</ul></body></html>`);
    })
    .get('/demo/:file', async (c) => {
      const name = FileName.safeParse(c.req.param('file'));
      const notFound = new ApiError(404, 'not_found', 'no such demo page');
      if (!name.success) throw notFound;
      const path = join(root, name.data);
      if (!path.startsWith(root + sep)) throw notFound;
      const body = await readFile(path, 'utf8').catch(() => null);
      if (body === null) throw notFound;
      return c.html(body);
    });
}
