import { Hono } from 'hono';
import { PullQuery, PushEnvelope, type PushResponse } from '../../shared/schemas';
import { requireBearer } from '../auth/bearer';
import type { AppEnv } from '../http/env';
import { jsonBody, queryOf } from '../http/validate';
import { pageJson, readPage } from '../storage/feed';
import { pullPageBytes } from '../sync/limits';
import { pushMutations } from '../sync/push';
import { bureauTimeZone } from '../tasks/time-zone';

/** POST /sync/push and GET /sync/pull, for enrolled devices. */
export const syncRoutes = new Hono<AppEnv>()
  .use('/sync/*', requireBearer)
  .post('/sync/push', async (c) => {
    // The envelope first (a batch of entries with ids); each mutation is then checked on its own.
    const { mutations } = await jsonBody(c, PushEnvelope);
    const results = await pushMutations(c.var.storage, c.var.who, mutations);
    return c.json({ results } satisfies PushResponse);
  })
  .get('/sync/pull', async (c) => {
    const { since, limit } = queryOf(c, PullQuery);
    const page = await readPage(c.var.storage.db, c.var.who, since, limit, pullPageBytes());
    // Stored records go out as stored: spliced into the body, not parsed and encoded again.
    // The bureau's time zone rides along, so the extension counts due dates on the same calendar.
    const body = `${pageJson(page).slice(0, -1)},"timeZone":${JSON.stringify(bureauTimeZone())}}`;
    return c.body(body, 200, { 'content-type': 'application/json' });
  });
