/** @jsxRuntime automatic */
/** @jsxImportSource hono/jsx */
import { PASSWORD_MAX, PASSWORD_MIN } from '../auth/password';
import type { SessionRow } from '../storage/sessions';
import { Layout } from './layout';
import { showTime, tr, type Lang } from './locale';

/** A browser named from its User-Agent, briefly (no version soup on the page). */
export function browserName(ua: string | null): string {
  if (!ua) return '—';
  const browser = /Edg\//.test(ua) ? 'Edge' : /Firefox\//.test(ua) ? 'Firefox' : /Chrom(e|ium)\//.test(ua) ? 'Chromium/Chrome' : /Safari\//.test(ua) ? 'Safari' : ua.slice(0, 40);
  const os = /Windows/.test(ua) ? 'Windows' : /Mac OS X/.test(ua) ? 'macOS' : /Android/.test(ua) ? 'Android' : /Linux/.test(ua) ? 'Linux' : '';
  return os ? `${browser} · ${os}` : browser;
}

export interface AccountView {
  name: string;
  unitName: string;
  admin: boolean;
  hasPassword: boolean;
  sessions: SessionRow[];
  currentHash: string;
  lang: Lang;
  notice?: string;
  error?: string;
}

/** The signed-in person's password and sessions; an admin sees and may end everyone's sessions. */
export function AccountPage(v: AccountView) {
  const { lang } = v;
  return (
    <Layout title={tr(lang, '账户', 'Account')} lang={lang} signedIn={{ name: v.name, role: v.admin ? 'admin' : 'supervisor' }} back="/account">
      <h1>{tr(lang, '账户', 'Account')}</h1>
      <p class="meta">
        {v.name} · {v.unitName}
      </p>
      {v.notice && (
        <p class="ok" role="status">
          {v.notice}
        </p>
      )}
      {v.error && (
        <p class="error" role="alert">
          {v.error}
        </p>
      )}
      <section class="doc">
        <h2>{v.hasPassword ? tr(lang, '修改密码', 'Change password') : tr(lang, '设置密码', 'Set a password')}</h2>
        {!v.hasPassword && <p class="near-due">{tr(lang, '设置密码后可用姓名和密码登录。', 'Set a password to sign in with your name from now on.')}</p>}
        <form method="post" action="/account/password" class="stack">
          {v.hasPassword && (
            <>
              <label for="current">{tr(lang, '当前密码', 'Current password')}</label>
              <input id="current" name="current" type="password" autocomplete="current-password" required maxlength={PASSWORD_MAX} />
            </>
          )}
          <label for="password">{tr(lang, `新密码（至少 ${PASSWORD_MIN} 个字符）`, `New password (at least ${PASSWORD_MIN} characters)`)}</label>
          <input id="password" name="password" type="password" autocomplete="new-password" required minlength={PASSWORD_MIN} maxlength={PASSWORD_MAX} />
          <label for="confirm">{tr(lang, '再次输入', 'Repeat it')}</label>
          <input id="confirm" name="confirm" type="password" autocomplete="new-password" required minlength={PASSWORD_MIN} maxlength={PASSWORD_MAX} />
          <button type="submit">{tr(lang, '保存', 'Save')}</button>
        </form>
      </section>
      <section class="doc">
        <h2>{v.admin ? tr(lang, '全部登录会话', 'Every signed-in session') : tr(lang, '我的登录会话', 'My sessions')}</h2>
        <table data-table="sessions">
          <thead>
            <tr>
              {v.admin && <th>{tr(lang, '人员', 'Person')}</th>}
              <th>{tr(lang, '浏览器', 'Browser')}</th>
              <th>{tr(lang, '登录时间', 'Signed in')}</th>
              <th>{tr(lang, '最近使用', 'Last used')}</th>
              <th>{tr(lang, '到期', 'Expires')}</th>
              <th>{tr(lang, '操作', 'Actions')}</th>
            </tr>
          </thead>
          <tbody>
            {v.sessions.map((s) => (
              <tr data-session={s.idHash.slice(0, 12)}>
                {v.admin && (
                  <td>
                    {s.userName} · {s.unitName}
                  </td>
                )}
                <td>{browserName(s.userAgent)}</td>
                <td>{showTime(s.createdAt, lang)}</td>
                <td>{showTime(s.lastSeenAt, lang)}</td>
                <td>{showTime(s.expiresAt, lang)}</td>
                <td>
                  {s.idHash === v.currentHash ? (
                    <span class="ok">{tr(lang, '当前会话', 'This session')}</span>
                  ) : (
                    <form method="post" action="/account/sessions/revoke" class="inline">
                      <input type="hidden" name="session" value={s.idHash} />
                      <button type="submit" aria-label={`${tr(lang, '注销', 'End')}: ${v.admin ? `${s.userName} · ` : ''}${browserName(s.userAgent)} · ${showTime(s.createdAt, lang)}`}>
                        {tr(lang, '注销', 'End')}
                      </button>
                    </form>
                  )}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </section>
    </Layout>
  );
}
