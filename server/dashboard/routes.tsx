/** @jsxImportSource hono/jsx */
import { Hono } from 'hono';
import { bodyLimit } from 'hono/body-limit';
import { csrf } from 'hono/csrf';
import { secureHeaders } from 'hono/secure-headers';
import { z } from 'zod';
import { hashEnrollmentCode, newToken, sha256 } from '../auth/token';
import { tooLarge } from '../http/errors';
import type { AppEnv } from '../http/env';
import { documentsOverview } from '../storage/overview';
import { createSession, deleteSession } from '../storage/sessions';
import { redeemEnrollmentCode } from '../storage/users';
import { DocumentsPage } from './documents';
import { LoginPage } from './login';
import { clearSessionCookie, requireSession, sessionId, setSessionCookie } from './session';
import { dashboardCss } from './styles';

const LoginForm = z.object({ code: z.string().trim().min(4).max(100) });

/** The supervisors' dashboard: sign-in with a code, then server-rendered pages on a session cookie. */
export function dashboardRoutes(opts: { sessionHours: number }) {
  const app = new Hono<AppEnv>();
  // Forms post only from this origin; pages load nothing from elsewhere and run no scripts.
  // (Listed by path: a sub-app's '*' middleware would run for every route of the whole app.)
  const guards = [
    csrf(),
    secureHeaders({ contentSecurityPolicy: { defaultSrc: ["'self'"], formAction: ["'self'"], frameAncestors: ["'none'"] } }),
    bodyLimit({ maxSize: 16 * 1024, onError: tooLarge }),
  ];
  for (const path of ['/', '/login', '/logout']) app.use(path, ...guards);

  app.get('/dashboard.css', (c) => c.body(dashboardCss, 200, { 'content-type': 'text/css; charset=utf-8' }));

  app.get('/login', (c) => c.html(<LoginPage />));
  app.post('/login', async (c) => {
    const form = LoginForm.safeParse(await c.req.parseBody());
    if (!form.success) return c.html(<LoginPage error="请输入登记码 Enter an enrollment code" />, 400);
    const id = newToken();
    const expiresAt = new Date(Date.now() + opts.sessionHours * 3_600_000).toISOString();
    const result = await c.var.storage.write(async (tx) => {
      const r = await redeemEnrollmentCode(tx, hashEnrollmentCode(form.data.code), ['supervisor', 'admin']);
      if (r.ok) await createSession(tx, sha256(id), r.user.userId, expiresAt);
      return r;
    });
    if (!result.ok) {
      const error =
        result.reason === 'role'
          ? '此登记码不能登录仪表板 This code is not for a supervisor or an admin'
          : '登记码无效、已使用或已过期 The code is unknown, used or expired';
      return c.html(<LoginPage error={error} />, result.reason === 'role' ? 403 : 401);
    }
    setSessionCookie(c, id, opts.sessionHours * 3600);
    return c.redirect('/', 303);
  });

  app.post('/logout', async (c) => {
    const id = sessionId(c);
    if (id) await deleteSession(c.var.storage.db, sha256(id));
    clearSessionCookie(c);
    return c.redirect('/login', 303);
  });

  app.get('/', requireSession, async (c) =>
    c.html(<DocumentsPage docs={await documentsOverview(c.var.storage.db)} signedIn={c.var.who.name} />),
  );
  return app;
}
