/** @jsxRuntime automatic */
/** @jsxImportSource hono/jsx */
import { Layout } from './layout';

/** Sign-in with a single-use enrollment code made for a supervisor or an admin. */
export function LoginPage(props: { error?: string }) {
  return (
    <Layout title="登录 Sign in">
      <form method="post" action="/login" class="login">
        <h1>登录 Sign in</h1>
        <label for="code">登记码 Enrollment code</label>
        <input id="code" name="code" autocomplete="one-time-code" required minlength={4} maxlength={100} autofocus />
        {props.error && <p class="error" role="alert">{props.error}</p>}
        <button type="submit">登录 Sign in</button>
      </form>
    </Layout>
  );
}
