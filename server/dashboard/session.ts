import type { Context } from 'hono';
import { deleteCookie, getCookie, setCookie } from 'hono/cookie';
import { createMiddleware } from 'hono/factory';
import { sha256 } from '../auth/token';
import type { AppEnv } from '../http/env';
import { principalBySession, touchSession } from '../storage/sessions';

const NAME = 'circulate_session';

/** Over TLS the cookie is `__Host-` prefixed (Secure, Path=/, no Domain): no other site can set it. */
const isSecure = (c: Context) => new URL(c.req.url).protocol === 'https:' || c.req.header('x-forwarded-proto') === 'https';

export function setSessionCookie(c: Context, id: string, maxAgeSeconds: number) {
  const secure = isSecure(c);
  setCookie(c, NAME, id, {
    httpOnly: true,
    sameSite: 'Strict',
    path: '/',
    secure,
    maxAge: maxAgeSeconds,
    ...(secure ? { prefix: 'host' as const } : {}),
  });
}

export function sessionId(c: Context): string | undefined {
  return isSecure(c) ? getCookie(c, NAME, 'host') : getCookie(c, NAME);
}

export function clearSessionCookie(c: Context) {
  const secure = isSecure(c);
  deleteCookie(c, NAME, { path: '/', secure, ...(secure ? { prefix: 'host' as const } : {}) });
}

/** How stale a session's "last used" may get before a page view writes it again. */
const TOUCH_EVERY_MS = 5 * 60_000;

/** Dashboard pages need a signed-in supervisor or admin; anyone else is sent to /login. */
export const requireSession = createMiddleware<AppEnv>(async (c, next) => {
  const id = sessionId(c);
  const now = new Date();
  const idHash = id ? sha256(id) : undefined;
  const found = idHash ? await principalBySession(c.var.storage.db, idHash, now.toISOString()) : undefined;
  if (!found || (found.role !== 'supervisor' && found.role !== 'admin')) return c.redirect('/login', 302);
  const { lastSeenAt, ...who } = found;
  if (!lastSeenAt || now.getTime() - Date.parse(lastSeenAt) > TOUCH_EVERY_MS) await c.var.storage.write((tx) => touchSession(tx, idHash!));
  c.set('who', who);
  await next();
});
