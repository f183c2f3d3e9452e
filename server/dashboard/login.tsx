/** @jsxRuntime automatic */
/** @jsxImportSource hono/jsx */
import { PASSWORD_MAX, PASSWORD_MIN } from '../auth/password';
import { Layout } from './layout';
import { tr, type Lang } from './locale';

/**
 * Sign-in by name and password; below it, sign-in with a single-use code made for a supervisor or an
 * admin (the first time, or after an admin reset the password), which may set the password at once.
 */
export function LoginPage(props: { error?: string; name?: string; lang: Lang }) {
  const { lang } = props;
  return (
    <Layout title={tr(lang, '登录', 'Sign in')} lang={lang} back="/login">
      <div class="login">
        <form method="post" action="/login" data-form="password">
          <h1>{tr(lang, '登录', 'Sign in')}</h1>
          <label for="name">{tr(lang, '姓名', 'Name')}</label>
          <input id="name" name="name" autocomplete="username" required maxlength={200} value={props.name} autofocus />
          <label for="password">{tr(lang, '密码', 'Password')}</label>
          <input id="password" name="password" type="password" autocomplete="current-password" required maxlength={PASSWORD_MAX} />
          {props.error && (
            <p class="error" role="alert">
              {props.error}
            </p>
          )}
          <button type="submit">{tr(lang, '登录', 'Sign in')}</button>
        </form>
        <form method="post" action="/login" data-form="code" class="code-form">
          <h2>{tr(lang, '首次登录或重置密码', 'First sign-in, or a reset')}</h2>
          <label for="code">{tr(lang, '登记码', 'Enrollment code')}</label>
          <input id="code" name="code" autocomplete="one-time-code" required minlength={4} maxlength={100} />
          <label for="new-password">{tr(lang, '设置密码（可稍后设置）', 'Set a password (or later)')}</label>
          <input id="new-password" name="password" type="password" autocomplete="new-password" minlength={PASSWORD_MIN} maxlength={PASSWORD_MAX} />
          <button type="submit">{tr(lang, '用登记码登录', 'Sign in with the code')}</button>
        </form>
      </div>
    </Layout>
  );
}
