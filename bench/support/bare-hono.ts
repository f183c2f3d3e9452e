/**
 * A bare Hono app on the same server setup as the service (@hono/node-server on loopback, run by
 * tsx): one GET route answering a fixed JSON body (BARE_BODY) with no auth, validation or storage.
 */
import { serve } from '@hono/node-server';
import { Hono } from 'hono';

const body = process.env.BARE_BODY ?? '{"changes":[],"cursor":0,"more":false}';
const app = new Hono().get('/sync/pull', (c) => c.body(body, 200, { 'content-type': 'application/json' }));
const port = Number(process.env.PORT ?? 0);
const server = serve({ fetch: app.fetch, port, hostname: '127.0.0.1' }, (info) => console.log(`listening on http://127.0.0.1:${info.port}`));
process.on('SIGTERM', () => server.close(() => process.exit(0)));
