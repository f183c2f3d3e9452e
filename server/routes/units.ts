import { Hono } from 'hono';
import { requireBearer } from '../auth/bearer';
import type { AppEnv } from '../http/env';
import { listUnits } from '../storage/units';

/** GET /api/units: the directory, for mapping names on a distribution list to units. */
export const unitRoutes = new Hono<AppEnv>().get('/api/units', requireBearer, async (c) =>
  c.json({ units: await listUnits(c.var.storage.db) }),
);
