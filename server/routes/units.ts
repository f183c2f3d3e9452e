import { Hono } from 'hono';
import { z } from 'zod';
import { UnitRecord } from '../../shared/schemas';
import { requireBearer } from '../auth/bearer';
import { ApiError } from '../http/errors';
import type { AppEnv } from '../http/env';
import { jsonBody, queryOf } from '../http/validate';
import { addUnitAlias, listUnits } from '../storage/units';
import { resolveUnitName } from '../units/match';

export const ResolveQuery = z.object({ name: z.string().trim().min(1).max(200) });
export const ResolveResponse = z.object({
  match: UnitRecord.nullable(),
  candidates: z.array(z.object({ unit: UnitRecord, score: z.number() })),
});
export const AliasRequest = z.object({ alias: z.string().trim().min(1).max(200) });
export const AliasResponse = z.object({ unit: UnitRecord, added: z.boolean() });
export const UnitIdParam = z.object({ id: z.string().min(1).max(200) });

/** The directory: the list, name resolution, and recording a clerk's choice as an alias. */
export const unitRoutes = new Hono<AppEnv>()
  .get('/api/units', requireBearer, async (c) => c.json({ units: await listUnits(c.var.storage.db) }))
  .get('/api/units/resolve', requireBearer, async (c) => {
    const { name } = queryOf(c, ResolveQuery);
    const result = resolveUnitName(await listUnits(c.var.storage.db), name);
    return c.json(result satisfies z.infer<typeof ResolveResponse>);
  })
  .post('/api/units/:id/aliases', requireBearer, async (c) => {
    const who = c.var.who;
    if (who.role !== 'clerk' && who.role !== 'admin') throw new ApiError(403, 'forbidden', 'only a clerk or an admin can add unit aliases');
    const { alias } = await jsonBody(c, AliasRequest);
    const id = c.req.param('id');
    const r = await c.var.storage.write((tx) => addUnitAlias(tx, id, alias, { actor: who.userId, device: who.deviceId }));
    if (!r.ok) {
      if (r.reason === 'unknown_unit') throw new ApiError(404, 'not_found', `unknown unit "${id}"`);
      throw new ApiError(409, 'alias_taken', `"${alias}" already names unit "${r.unitId}"`);
    }
    return c.json({ unit: r.unit, added: r.changed } satisfies z.infer<typeof AliasResponse>, r.changed ? 201 : 200);
  });
