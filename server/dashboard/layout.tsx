/** @jsxRuntime automatic */
/** @jsxImportSource hono/jsx */
import type { Child } from 'hono/jsx';

const NAV = [
  ['/', '传阅进度 Progress'],
  ['/matrix', '签收矩阵 Matrix'],
  ['/tasks', '督办任务 Tasks'],
  ['/report', '通报 Report'],
  ['/audit', '审计 Audit'],
] as const;

/**
 * The page frame shared by the dashboard pages. Styles and the live-update script are files under
 * this origin (the pages' CSP allows nothing inline). `seq` is the last change number the page shows.
 */
export function Layout(props: { title: string; signedIn?: string; seq?: number; back?: string; children: Child }) {
  const nav: readonly (readonly [string, string])[] = [...NAV, ['/admin', '管理 Admin'], ['/account', '账户 Account']];
  return (
    <html lang="zh-CN">
      <head>
        <meta charset="utf-8" />
        <meta name="viewport" content="width=device-width, initial-scale=1" />
        <title>{props.title} · Circulate</title>
        <link rel="stylesheet" href="/dashboard.css" />
        {(props.seq !== undefined || props.signedIn) && <script src="/dashboard.js" defer></script>}
      </head>
      <body data-seq={props.seq === undefined ? undefined : String(props.seq)}>
        <header>
          <strong>Circulate 纪要传阅</strong>
          {props.signedIn && (
            <nav>
              {nav.map(([href, label]) => (
                <a href={href}>{label}</a>
              ))}
            </nav>
          )}
          {props.signedIn && (
            <form method="post" action="/lang" class="lang">
              <input type="hidden" name="back" value={props.back ?? '/'} />
              <button type="submit" name="lang" value="zh" lang="zh-CN">中文</button>
              <button type="submit" name="lang" value="en" lang="en">English</button>
            </form>
          )}
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

/** A one-button form that sends a reminder (催办) to a unit about a document or a task. */
export function RemindButton(props: { unitId: string; documentId?: string; taskId?: string; back: string }) {
  return (
    <form method="post" action="/reminders" class="inline">
      <input type="hidden" name="unitId" value={props.unitId} />
      {props.documentId && <input type="hidden" name="documentId" value={props.documentId} />}
      {props.taskId && <input type="hidden" name="taskId" value={props.taskId} />}
      <input type="hidden" name="back" value={props.back} />
      <button type="submit">催办 Remind</button>
    </form>
  );
}
