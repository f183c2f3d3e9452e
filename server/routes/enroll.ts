import { randomUUID } from 'node:crypto';
import { Hono } from 'hono';
import { EnrollRequest, type EnrollResponse } from '../../shared/schemas';
import { hashEnrollmentCode, newToken, sha256 } from '../auth/token';
import { ApiError } from '../http/errors';
import type { AppEnv } from '../http/env';
import { jsonBody } from '../http/validate';
import { addDevice, redeemEnrollmentCode } from '../storage/users';

/** POST /api/enroll: a single-use code and a device name → a bearer token for that device. */
export const enrollRoutes = new Hono<AppEnv>().post('/api/enroll', async (c) => {
  const body = await jsonBody(c, EnrollRequest);
  const token = newToken();
  const result = await c.var.storage.write(async (tx) => {
    const r = await redeemEnrollmentCode(tx, hashEnrollmentCode(body.code));
    if (r.ok) await addDevice(tx, r.user, { id: randomUUID(), name: body.deviceName, tokenHash: sha256(token) });
    return r;
  });
  if (!result.ok) throw new ApiError(401, 'invalid_code', 'this enrollment code is unknown, already used or expired');
  const { userId, role, unitId } = result.user;
  return c.json({ token, user: { id: userId, role, unitId } } satisfies EnrollResponse, 201);
});
