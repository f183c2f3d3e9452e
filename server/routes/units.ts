import { Hono } from 'hono';
import { z } from 'zod';
import { UnitProposalRecord, UnitRecord } from '../../shared/schemas';
import { requireBearer } from '../auth/bearer';
import { ApiError } from '../http/errors';
import type { AppEnv } from '../http/env';
import { jsonBody, paramsOf, queryOf } from '../http/validate';
import { listProposals } from '../storage/unit-proposals';
import { addUnitAlias, aliasRefusal, listUnits } from '../storage/units';
import { unitMatcher } from '../units/match';
import { lineText } from '../../shared/schemas/text';

export const ResolveQuery = z.object({ name: lineText(200).trim().min(1) });
export const ResolveResponse = z.object({
  /** matched: a name the directory holds; guessed: a short form or likeness; unknown: none. */
  state: z.enum(['matched', 'guessed', 'unknown']),
  match: UnitRecord.nullable(),
  confidence: z.number(),
  how: z.enum(['id', 'name', 'alias', 'short', 'similar']).nullable(),
  candidates: z.array(z.object({ unit: UnitRecord, score: z.number() })),
});
export const AliasRequest = z.object({ alias: lineText(200).trim().min(1) });
export const AliasResponse = z.object({ unit: UnitRecord, added: z.boolean() });
export const UnitIdParam = z.object({ id: lineText(200).min(1) });
export const ProposalList = z.object({ proposals: z.array(UnitProposalRecord) });

/** The directory: the list, name resolution, recording a clerk's choice as an alias, proposals. */
export const unitRoutes = new Hono<AppEnv>()
  .get('/api/units', requireBearer, async (c) => c.json({ units: await listUnits(c.var.storage.db) }))
  .get('/api/units/resolve', requireBearer, async (c) => {
    const { name } = queryOf(c, ResolveQuery);
    const result = unitMatcher(await listUnits(c.var.storage.db)).resolve(name);
    return c.json(result satisfies z.infer<typeof ResolveResponse>);
  })
  .get('/api/units/proposals', requireBearer, async (c) => {
    const who = c.var.who;
    if (who.role !== 'clerk' && who.role !== 'admin') throw new ApiError(403, 'forbidden', 'only clerks and admins see unit proposals');
    // A clerk sees the proposals of their own unit's clerks; an admin sees all.
    const proposals = await listProposals(c.var.storage.db, who.role === 'admin' ? {} : { proposerUnitId: who.unitId });
    return c.json({ proposals } satisfies z.infer<typeof ProposalList>);
  })
  .post('/api/units/:id/aliases', requireBearer, async (c) => {
    const who = c.var.who;
    if (who.role !== 'clerk' && who.role !== 'admin') throw new ApiError(403, 'forbidden', 'only a clerk or an admin can add unit aliases');
    const { id } = paramsOf(c, UnitIdParam);
    const { alias } = await jsonBody(c, AliasRequest);
    const r = await c.var.storage.write((tx) => addUnitAlias(tx, id, alias, { actor: who.userId, device: who.deviceId, mayRedirect: who.role === 'admin' }));
    if (!r.ok) {
      if (r.reason === 'unknown_unit') throw new ApiError(404, 'not_found', aliasRefusal(r, alias, id));
      if (r.reason === 'redirect') throw new ApiError(403, 'alias_needs_admin', aliasRefusal(r, alias, id));
      throw new ApiError(409, 'alias_taken', aliasRefusal(r, alias, id));
    }
    return c.json({ unit: r.unit, added: r.changed } satisfies z.infer<typeof AliasResponse>, r.changed ? 201 : 200);
  });
