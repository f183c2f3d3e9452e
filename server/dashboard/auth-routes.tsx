/** @jsxRuntime automatic */
/** @jsxImportSource hono/jsx */
import type { Context } from 'hono';
import { Hono } from 'hono';
import { setCookie } from 'hono/cookie';
import { z } from 'zod';
import { decoyHash, hashPassword, PASSWORD_MAX, PASSWORD_MIN, verifyPassword } from '../auth/password';
import { hashEnrollmentCode, newToken, sha256 } from '../auth/token';
import type { AppEnv } from '../http/env';
import { formFields } from '../http/validate';
import { accountByLogin, hasPassword, passwordHashOf, recordFailedSignIn, recordSignIn, redeemResetCode, setPasswordHash } from '../storage/accounts';
import { createSession, deleteSession, listSessions, revokeSession } from '../storage/sessions';
import type { WriteTx } from '../storage/types';
import { redeemEnrollmentCode, type Principal } from '../storage/users';
import { AccountPage } from './account';
import { LANG_COOKIE, langOf, showTime, tr, type Lang, textIn } from './locale';
import { LoginPage } from './login';
import { clearSessionCookie, sessionId, setSessionCookie } from './session';
import { lineText } from '../../shared/schemas/text';

const Password = z.string().min(PASSWORD_MIN).max(PASSWORD_MAX);
const CodeForm = z.object({ code: z.string().trim().min(4).max(100), password: z.union([z.literal(''), Password]).optional() });
const PasswordForm = z.object({ name: lineText(200).trim().min(1), password: z.string().min(1).max(PASSWORD_MAX) });
const ChangeForm = z.object({ current: z.string().max(PASSWORD_MAX).optional(), password: Password, confirm: z.string().max(PASSWORD_MAX) });
const RevokeForm = z.object({ session: z.string().regex(/^[0-9a-f]{64}$/) });
const LangForm = z.object({ lang: z.enum(['zh', 'en']), back: z.string().regex(/^\/[A-Za-z0-9/._?=&%-]*$/).max(300).default('/') });

const WRONG = (lang: Lang) => tr(lang, '姓名或密码不正确', 'The name or password is wrong');
const LOCKED = (until: string, lang: Lang) => tr(lang, `账户已锁定至 ${showTime(until, lang)}：密码错误次数过多`, `Locked until ${showTime(until, lang)}: too many wrong passwords`);

/**
 * Sign-in by name and password (per-account lockout), or with a single-use code (a new supervisor or
 * admin, or a password reset made by an admin); sign-out; the account page (password, sessions).
 */
export function authRoutes(opts: { sessionHours: number }) {
  async function startSession(c: Context<AppEnv>, user: Principal, during?: (tx: WriteTx) => Promise<void>) {
    const id = newToken();
    const expiresAt = new Date(Date.now() + opts.sessionHours * 3_600_000).toISOString();
    await c.var.storage.write(async (tx) => {
      await during?.(tx);
      await createSession(tx, sha256(id), user.userId, expiresAt, c.req.header('user-agent') ?? null);
    });
    setSessionCookie(c, id, opts.sessionHours * 3600);
  }

  async function codeSignIn(c: Context<AppEnv>, form: z.infer<typeof CodeForm>) {
    const codeHash = hashEnrollmentCode(form.code);
    const hash = form.password ? await hashPassword(form.password) : undefined;
    const id = newToken();
    const expiresAt = new Date(Date.now() + opts.sessionHours * 3_600_000).toISOString();
    const result = await c.var.storage.write(async (tx) => {
      let r = await redeemEnrollmentCode(tx, codeHash, ['supervisor', 'admin']);
      let reset = false;
      if (!r.ok && r.reason === 'invalid') {
        const again = await redeemResetCode(tx, codeHash);
        if (again.ok) [r, reset] = [again, true];
      }
      if (!r.ok) return { ...r, passwordSet: false, reset };
      const set = hash ? await setPasswordHash(tx, r.user.userId, hash, r.user.userId) : undefined;
      await createSession(tx, sha256(id), r.user.userId, expiresAt, c.req.header('user-agent') ?? null);
      return { ...r, passwordSet: !!set?.ok, reset };
    });
    if (!result.ok) {
      const lang = langOf(c);
      const error =
        result.reason === 'role'
          ? tr(lang, '此登记码不能登录仪表板', 'This code is not for a supervisor or an admin')
          : tr(lang, '登记码无效、已使用或已过期', 'The code is unknown, used or expired');
      return c.html(<LoginPage error={error} lang={lang} />, result.reason === 'role' ? 403 : 401);
    }
    setSessionCookie(c, id, opts.sessionHours * 3600);
    // Without a password yet, the account page asks for one (after a reset, straight away).
    return c.redirect(result.passwordSet ? '/' : result.reset ? '/account' : '/', 303);
  }

  async function passwordSignIn(c: Context<AppEnv>, form: z.infer<typeof PasswordForm>) {
    const lang = langOf(c);
    const account = await accountByLogin(c.var.storage.db, form.name);
    const now = new Date().toISOString();
    if (account?.lockedUntil && account.lockedUntil > now) {
      return c.html(<LoginPage name={form.name} error={LOCKED(account.lockedUntil, lang)} lang={lang} />, 423);
    }
    // An unknown name costs the same time as a wrong password.
    const ok = await verifyPassword(form.password, account?.passwordHash ?? (await decoyHash()));
    if (!account || !account.passwordHash || !ok) {
      const lockedUntil = account ? await c.var.storage.write((tx) => recordFailedSignIn(tx, account.user.userId)) : null;
      if (lockedUntil) return c.html(<LoginPage name={form.name} error={LOCKED(lockedUntil, lang)} lang={lang} />, 423);
      return c.html(<LoginPage name={form.name} error={WRONG(lang)} lang={lang} />, 401);
    }
    await startSession(c, account.user, (tx) => recordSignIn(tx, account.user.userId));
    return c.redirect('/', 303);
  }

  async function accountPage(c: Context<AppEnv>, extra: { notice?: string; error?: string } = {}, status: 200 | 400 | 403 | 409 = 200) {
    const db = c.var.storage.db;
    const who = c.var.who;
    const admin = who.role === 'admin';
    const [has, sessions, unit] = await Promise.all([
      hasPassword(db, who.userId),
      listSessions(db, new Date().toISOString(), admin ? undefined : who.userId),
      db.selectFrom('units').select('name').where('id', '=', who.unitId).executeTakeFirst(),
    ]);
    const current = sessionId(c);
    return c.html(
      <AccountPage
        name={who.name} unitName={unit?.name ?? who.unitId} admin={admin} hasPassword={has} sessions={sessions}
        currentHash={current ? sha256(current) : ''} lang={langOf(c)} {...extra}
      />,
      status,
    );
  }

  return new Hono<AppEnv>()
    .get('/login', (c) => c.html(<LoginPage lang={langOf(c)} />))
    .post('/login', async (c) => {
      const fields = await formFields(c);
      const lang = langOf(c);
      if (typeof fields.code === 'string' && fields.code.trim() !== '') {
        const form = CodeForm.safeParse(fields);
        if (!form.success) return c.html(<LoginPage error={tr(lang, `请输入登记码，密码至少 ${PASSWORD_MIN} 个字符`, `Enter a code; a password has at least ${PASSWORD_MIN} characters`)} lang={lang} />, 400);
        return codeSignIn(c, form.data);
      }
      const form = PasswordForm.safeParse(fields);
      if (!form.success) return c.html(<LoginPage error={tr(lang, '请输入姓名和密码，或登记码', 'Enter a name and password, or a code')} lang={lang} />, 400);
      return passwordSignIn(c, form.data);
    })
    .post('/logout', async (c) => {
      const id = sessionId(c);
      if (id) await c.var.storage.write((tx) => deleteSession(tx, sha256(id)));
      clearSessionCookie(c);
      return c.redirect('/login', 303);
    })
    .post('/lang', async (c) => {
      const form = LangForm.safeParse(await formFields(c));
      if (!form.success) return textIn(c, 400, '语言无效', 'Unknown language');
      setCookie(c, LANG_COOKIE, form.data.lang, { path: '/', sameSite: 'Strict', httpOnly: true, maxAge: 365 * 86_400 });
      return c.redirect(form.data.back, 303);
    })
    .get('/account', (c) => accountPage(c, c.req.query('saved') === '1' ? { notice: tr(langOf(c), '已保存', 'Saved') } : {}))
    .post('/account/password', async (c) => {
      const lang = langOf(c);
      const form = ChangeForm.safeParse(await formFields(c));
      if (!form.success) return accountPage(c, { error: tr(lang, `密码至少 ${PASSWORD_MIN} 个字符`, `A password has at least ${PASSWORD_MIN} characters`) }, 400);
      if (form.data.password !== form.data.confirm) return accountPage(c, { error: tr(lang, '两次输入不一致', 'The two entries differ') }, 400);
      const who = c.var.who;
      const stored = await passwordHashOf(c.var.storage.db, who.userId);
      if (stored && !(await verifyPassword(form.data.current ?? '', stored))) return accountPage(c, { error: tr(lang, '当前密码不正确', 'The current password is wrong') }, 403);
      const hash = await hashPassword(form.data.password);
      const r = await c.var.storage.write((tx) => setPasswordHash(tx, who.userId, hash, who.userId));
      if (!r.ok) return accountPage(c, { error: tr(lang, '已有同名账户，请管理员改名', 'Another account signs in by this name: ask an admin to rename one') }, 409);
      return c.redirect('/account?saved=1', 303);
    })
    .post('/account/sessions/revoke', async (c) => {
      const unknown = { error: tr(langOf(c), '会话无效', 'Unknown session') };
      const form = RevokeForm.safeParse(await formFields(c));
      if (!form.success) return accountPage(c, unknown, 400);
      const who = c.var.who;
      const done = await c.var.storage.write((tx) => revokeSession(tx, form.data.session, who.userId, who.role === 'admin' ? null : who.userId));
      if (!done) return accountPage(c, unknown, 403);
      return c.redirect('/account', 303);
    });
}
