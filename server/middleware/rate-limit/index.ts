import type { Context, MiddlewareHandler } from 'hono';
import { getConnInfo } from '@hono/node-server/conninfo';

export interface RateLimitOptions {
  /** Requests allowed per key in one window. */
  limit: number;
  windowMs: number;
  /** Who is counted; the client's IP address by default. */
  key?: (c: Context) => string;
  /** The clock, for tests. */
  now?: () => number;
  /** Keys kept at most; past it, finished windows are dropped (and all of them if that is not enough). */
  maxKeys?: number;
}

/**
 * The client's IP address: the socket's peer, or with `trustProxy` the first X-Forwarded-For entry
 * (only behind a proxy that sets it; otherwise anyone could pick their own key).
 */
export function clientIp(c: Context, trustProxy = false): string {
  if (trustProxy) {
    const forwarded = c.req.header('x-forwarded-for')?.split(',')[0]?.trim();
    if (forwarded) return forwarded;
  }
  try {
    return getConnInfo(c).remote.address ?? 'unknown';
  } catch {
    return 'unknown'; // not served by @hono/node-server (app.request in tests)
  }
}

/**
 * A fixed-window counter in memory: at most `limit` requests per key per window, then 429 with
 * Retry-After until the window ends. Per process: several instances each count their own.
 */
export function rateLimit(opts: RateLimitOptions): MiddlewareHandler {
  const windows = new Map<string, { count: number; endsAt: number }>();
  const now = opts.now ?? Date.now;
  const keyOf = opts.key ?? ((c: Context) => clientIp(c));
  const maxKeys = opts.maxKeys ?? 10_000;

  const prune = (t: number) => {
    for (const [k, w] of windows) if (w.endsAt <= t) windows.delete(k);
    if (windows.size >= maxKeys) windows.clear();
  };

  return async (c, next) => {
    const t = now();
    const key = keyOf(c);
    let w = windows.get(key);
    if (!w || w.endsAt <= t) {
      if (!w && windows.size >= maxKeys) prune(t);
      w = { count: 0, endsAt: t + opts.windowMs };
      windows.set(key, w);
    }
    w.count++;
    if (w.count > opts.limit) {
      const retryAfter = Math.max(1, Math.ceil((w.endsAt - t) / 1000));
      c.header('Retry-After', String(retryAfter));
      return c.json(
        { error: { code: 'rate_limited', message: `too many attempts; try again in ${retryAfter} s`, retryAfter } },
        429,
      );
    }
    await next();
  };
}
