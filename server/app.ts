import { resolve } from 'node:path';
import { Hono, type Context } from 'hono';
import { bodyLimit } from 'hono/body-limit';
import { logger } from 'hono/logger';
import { secureHeaders } from 'hono/secure-headers';
import { dashboardRoutes } from './dashboard/routes';
import { handleError, notFound, tooLarge } from './http/errors';
import { extensionCors } from './middleware/extension-cors';
import { clientIp, rateLimit } from './middleware/rate-limit';
import { noStore, sameOrigin } from './middleware/same-origin';
import type { AppEnv } from './http/env';
import { auditRoutes } from './routes/audit';
import { demoRoutes } from './routes/demo';
import { enrollRoutes } from './routes/enroll';
import { healthRoutes } from './routes/health';
import { openApiRoutes } from './routes/openapi';
import { syncRoutes } from './routes/sync';
import { unitRoutes } from './routes/units';
import type { Storage } from './storage/types';

export interface AppOptions {
  /** Where request lines and server errors go; nothing is logged when absent. Tokens never are. */
  log?: (line: string) => void;
  /** Folder of the demo portal pages served under /demo/. */
  demoDir?: string;
  /** Largest accepted push body, in bytes. */
  maxPushBytes?: number;
  /** How long a dashboard sign-in lasts. */
  sessionHours?: number;
  /** How often the dashboard's event stream looks for new changes. */
  eventsPollMs?: number;
  /**
   * Attempts per client IP per window on POST /api/enroll and POST /login (each counted apart), so
   * codes can't be guessed quickly; `false` turns it off. Default: 30 a minute.
   */
  rateLimit?: { limit: number; windowMs: number; trustProxy?: boolean } | false;
}

/** Extension pages and service workers call the API from these origins (bearer auth, no cookies). */
const extensionOrigin = (origin: string) => (/^(chrome|moz)-extension:\/\/[A-Za-z0-9-]+$/.test(origin) ? origin : null);

/** The whole service as a Hono app over one storage. */
export function createApp(storage: Storage, opts: AppOptions = {}) {
  const app = new Hono<AppEnv>();
  const log = opts.log;
  if (log) app.use('*', logger((line) => log(line)));
  app.use('*', secureHeaders());
  app.use('*', async (c, next) => {
    c.set('storage', storage);
    await next();
  });
  const bearerPaths = (path: string) => path.startsWith('/api/') || path.startsWith('/sync/');
  app.use('*', sameOrigin({ bearerPaths, alsoAllow: (origin) => extensionOrigin(origin) !== null }));
  app.use('*', noStore((path) => path === '/dashboard.css' || path === '/dashboard.js' || path.startsWith('/demo/')));

  const apiCors = extensionCors({ origin: extensionOrigin, allowHeaders: ['Authorization', 'Content-Type'], allowMethods: ['GET', 'POST', 'OPTIONS'], maxAge: 600 });
  app.use('/api/*', apiCors);
  app.use('/sync/*', apiCors);
  app.use('/api/*', bodyLimit({ maxSize: 64 * 1024, onError: tooLarge }));
  app.use('/sync/*', bodyLimit({ maxSize: opts.maxPushBytes ?? 8 * 1024 * 1024, onError: tooLarge }));

  const limits = opts.rateLimit ?? { limit: 30, windowMs: 60_000 };
  if (limits) {
    const key = (c: Context) => clientIp(c, limits.trustProxy);
    app.on('POST', '/api/enroll', rateLimit({ ...limits, key }));
    app.on('POST', '/login', rateLimit({ ...limits, key }));
  }

  app.route('/', healthRoutes);
  app.route('/', enrollRoutes);
  app.route('/', syncRoutes);
  app.route('/', unitRoutes);
  app.route('/', auditRoutes);
  app.route('/', openApiRoutes);
  app.route('/', demoRoutes(opts.demoDir ?? resolve(import.meta.dirname, 'demo', 'pages')));
  app.route('/', dashboardRoutes({ sessionHours: opts.sessionHours ?? 12, eventsPollMs: opts.eventsPollMs ?? 2000 }));

  app.notFound(notFound);
  app.onError((err, c) => handleError(err, c, log));
  return app;
}
