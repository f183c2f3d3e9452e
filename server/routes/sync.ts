import { Hono } from 'hono';
import { PullQuery, PushRequest, type PullResponse, type PushResponse } from '../../shared/schemas';
import { requireBearer } from '../auth/bearer';
import type { AppEnv } from '../http/env';
import { jsonBody, queryOf } from '../http/validate';
import { pullChanges } from '../storage/changes';
import { pushMutations } from '../sync/push';

/** POST /sync/push and GET /sync/pull, for enrolled devices. */
export const syncRoutes = new Hono<AppEnv>()
  .use('/sync/*', requireBearer)
  .post('/sync/push', async (c) => {
    const { mutations } = await jsonBody(c, PushRequest);
    const results = await pushMutations(c.var.storage, c.var.who, mutations);
    return c.json({ results } satisfies PushResponse);
  })
  .get('/sync/pull', async (c) => {
    const { since, limit } = queryOf(c, PullQuery);
    const page = await pullChanges(c.var.storage.db, c.var.who, since, limit);
    return c.json(page satisfies PullResponse);
  });
