import { Hono } from 'hono';
import { z } from 'zod';
import { requireBearer } from '../auth/bearer';
import { ApiError } from '../http/errors';
import type { AppEnv } from '../http/env';
import { queryOf } from '../http/validate';
import { recentAudit, verifyAudit } from '../storage/audit';

export const AuditQuery = z.object({ limit: z.coerce.number().int().min(1).max(1000).default(100) });
export const AuditResponse = z.object({
  intact: z.boolean(),
  entries: z.array(
    z.object({
      seq: z.number().int(), actor: z.string(), device: z.string().nullable(), clientAt: z.string().nullable(),
      serverAt: z.string(), action: z.string(), entity: z.string(), entityId: z.string(), data: z.unknown(),
    }),
  ),
});

/** GET /api/audit: the newest audit entries and whether the chain holds; supervisors and admins only. */
export const auditRoutes = new Hono<AppEnv>().get('/api/audit', requireBearer, async (c) => {
  const { role } = c.var.who;
  if (role !== 'supervisor' && role !== 'admin') throw new ApiError(403, 'forbidden', 'only a supervisor or an admin can read the audit trail');
  const { limit } = queryOf(c, AuditQuery);
  const [entries, verdict] = await Promise.all([recentAudit(c.var.storage.db, limit), verifyAudit(c.var.storage.db)]);
  return c.json({ intact: verdict.ok, entries } satisfies z.infer<typeof AuditResponse>);
});
