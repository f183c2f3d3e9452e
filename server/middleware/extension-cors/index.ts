import { cors } from 'hono/cors';
import { createMiddleware } from 'hono/factory';
import { setLateHeader } from '../../http/late-header';

export interface ExtensionCorsOptions {
  /** The allowed origin for a request's Origin, or null. */
  origin: (origin: string) => string | null;
  allowHeaders: string[];
  allowMethods: string[];
  maxAge: number;
}

/**
 * Hono's cors middleware for preflights; on other requests the same two headers it sets
 * (Access-Control-Allow-Origin before the handler, Vary: Origin after), the second without
 * rebuilding the finished response (see setLateHeader).
 */
export function extensionCors(opts: ExtensionCorsOptions) {
  const preflight = cors(opts);
  return createMiddleware(async (c, next) => {
    if (c.req.method === 'OPTIONS') return preflight(c, next);
    const allowed = opts.origin(c.req.header('origin') || '');
    if (allowed) c.res.headers.set('Access-Control-Allow-Origin', allowed);
    await next();
    setLateHeader(c, 'Vary', 'Origin', true);
  });
}
