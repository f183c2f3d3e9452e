import { createMiddleware } from 'hono/factory';
import { errorBody } from '../../http/errors';
import { setLateHeader } from '../../http/late-header';

const SAFE = /^(GET|HEAD|OPTIONS)$/;

export interface SameOriginOptions {
  /** Paths whose callers carry a bearer token, not a cookie: a missing Origin is a non-browser client. */
  bearerPaths: (path: string) => boolean;
  /** Origins allowed on bearer paths besides the service's own (the extension's pages). */
  alsoAllow: (origin: string) => boolean;
}

/**
 * Every state-changing request must come from this origin, whatever its content type: Hono's csrf
 * middleware only looks at form-like bodies, so a JSON POST would pass it. Cookie-authenticated paths
 * need `Origin` (or `Sec-Fetch-Site: same-origin`); bearer paths refuse a foreign Origin when a
 * browser sends one.
 */
export function sameOrigin(opts: SameOriginOptions) {
  return createMiddleware(async (c, next) => {
    if (SAFE.test(c.req.method)) return next();
    const origin = c.req.header('origin');
    const own = new URL(c.req.url).origin;
    const bearer = opts.bearerPaths(c.req.path);
    const fine =
      origin !== undefined && origin !== 'null'
        ? origin === own || (bearer && opts.alsoAllow(origin))
        : c.req.header('sec-fetch-site') === 'same-origin' || bearer;
    if (!fine) return c.json(errorBody('forbidden_origin', 'this request must come from a page of this service'), 403);
    await next();
  });
}

/** Pages and exports hold the bureau's data: no browser or proxy keeps a copy. */
export function noStore(except: (path: string) => boolean) {
  return createMiddleware(async (c, next) => {
    await next();
    if (!except(c.req.path)) setLateHeader(c, 'Cache-Control', 'no-store');
  });
}
