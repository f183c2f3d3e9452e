/** @jsxImportSource hono/jsx */
import type { Child } from 'hono/jsx';

/** The page frame shared by the dashboard pages (styles come from /dashboard.css, no inline code). */
export function Layout(props: { title: string; signedIn?: string; children: Child }) {
  return (
    <html lang="zh-CN">
      <head>
        <meta charset="utf-8" />
        <meta name="viewport" content="width=device-width, initial-scale=1" />
        <title>{props.title} · Circulate</title>
        <link rel="stylesheet" href="/dashboard.css" />
      </head>
      <body>
        <header>
          <strong>Circulate 纪要传阅</strong>
          {props.signedIn && (
            <form method="post" action="/logout" class="logout">
              <span>{props.signedIn}</span> <button type="submit">退出 Sign out</button>
            </form>
          )}
        </header>
        <main>{props.children}</main>
      </body>
    </html>
  );
}
