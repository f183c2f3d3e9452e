/** @jsxRuntime automatic */
/** @jsxImportSource hono/jsx */
import { Hono } from 'hono';
import { z } from 'zod';
import { hashEnrollmentCode, newToken, sha256 } from '../auth/token';
import type { AppEnv } from '../http/env';
import { formFields } from '../http/validate';
import { createSession, deleteSession } from '../storage/sessions';
import { redeemEnrollmentCode } from '../storage/users';
import { LoginPage } from './login';
import { clearSessionCookie, sessionId, setSessionCookie } from './session';

const LoginForm = z.object({ code: z.string().trim().min(4).max(100) });

/** Sign-in with a single-use code made for a supervisor or an admin, and sign-out. */
export function authRoutes(opts: { sessionHours: number }) {
  return new Hono<AppEnv>()
    .get('/login', (c) => c.html(<LoginPage />))
    .post('/login', async (c) => {
      const form = LoginForm.safeParse(await formFields(c));
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
    })
    .post('/logout', async (c) => {
      const id = sessionId(c);
      if (id) await c.var.storage.write((tx) => deleteSession(tx, sha256(id)));
      clearSessionCookie(c);
      return c.redirect('/login', 303);
    });
}
