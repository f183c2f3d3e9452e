import { Hono } from 'hono';
import { bodyLimit } from 'hono/body-limit';
import { csrf } from 'hono/csrf';
import { secureHeaders } from 'hono/secure-headers';
import { tooLarge } from '../http/errors';
import type { AppEnv } from '../http/env';
import { adminRoutes } from './admin-routes';
import { authRoutes } from './auth-routes';
import { eventRoutes } from './events';
import { exportRoutes } from './exports';
import { pageRoutes } from './page-routes';
import { reportRoutes } from './report-routes';
import { reviewRoutes } from './review-routes';
import { requireSession } from './session';
import { dashboardCss, dashboardJs } from './styles';

const SIGNED_IN = [
  '/', '/matrix', '/tasks', '/audit', '/reminders', '/documents.csv', '/tasks.csv', '/events', '/admin', '/admin/*',
  '/account', '/account/*', '/report', '/report/*', '/documents/*', '/tasks/review', '/remind',
];

/** The supervisors' dashboard: sign-in with a code, then server-rendered pages on a session cookie. */
export function dashboardRoutes(opts: { sessionHours: number; eventsPollMs: number }) {
  const app = new Hono<AppEnv>();
  // Forms post only from this origin; pages load nothing from elsewhere and run no inline code.
  // (Listed by path: a sub-app's '*' middleware would run for every route of the whole app.)
  const guards = [
    csrf(),
    secureHeaders({ contentSecurityPolicy: { defaultSrc: ["'self'"], formAction: ["'self'"], frameAncestors: ["'none'"] } }),
    bodyLimit({ maxSize: 16 * 1024, onError: tooLarge }),
  ];
  for (const path of [...SIGNED_IN, '/login', '/logout', '/lang']) app.use(path, ...guards);
  for (const path of SIGNED_IN) app.use(path, requireSession);

  app.get('/dashboard.css', (c) => c.body(dashboardCss, 200, { 'content-type': 'text/css; charset=utf-8' }));
  app.get('/dashboard.js', (c) => c.body(dashboardJs, 200, { 'content-type': 'text/javascript; charset=utf-8' }));
  app.route('/', authRoutes(opts));
  app.route('/', pageRoutes);
  app.route('/', reviewRoutes);
  app.route('/', exportRoutes);
  app.route('/', reportRoutes);
  app.route('/', adminRoutes);
  app.route('/', eventRoutes(opts.eventsPollMs));
  return app;
}
