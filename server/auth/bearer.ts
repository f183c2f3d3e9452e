import { createMiddleware } from 'hono/factory';
import { ApiError } from '../http/errors';
import type { AppEnv } from '../http/env';
import { principalByTokenHash } from '../storage/users';
import { sha256 } from './token';

/** Requires `Authorization: Bearer TOKEN` of an enrolled, unrevoked device; sets `who`. */
export const requireBearer = createMiddleware<AppEnv>(async (c, next) => {
  const header = c.req.header('authorization') ?? '';
  const m = /^Bearer\s+([A-Za-z0-9_-]{20,200})\s*$/i.exec(header);
  if (!m) throw new ApiError(401, 'unauthenticated', 'a bearer token is required');
  const who = await principalByTokenHash(c.var.storage.db, sha256(m[1]));
  if (!who) throw new ApiError(401, 'unauthenticated', 'the token is not valid (enroll this device again)');
  c.set('who', who);
  await next();
});
