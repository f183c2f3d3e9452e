/** @jsxRuntime automatic */
/** @jsxImportSource hono/jsx */
import type { Child } from 'hono/jsx';
import { tr, type Lang } from './locale';

const NAV = [
  ['/', '传阅进度', 'Progress'],
  ['/matrix', '签收矩阵', 'Matrix'],
  ['/tasks', '督办任务', 'Tasks'],
  ['/report', '通报', 'Report'],
  ['/audit', '审计', 'Audit'],
  ['/admin', '管理', 'Admin', 'admin'],
  ['/account', '账户', 'Account'],
] as const;

/** Who a page is shown to: the name in the header, and the role that decides which links show. */
export type Viewer = { name: string; role: string };

/** The `lang` attribute of a page in the dashboard's language. */
export const htmlLang = (lang: Lang) => (lang === 'en' ? 'en' : 'zh-CN');

/**
 * The page frame shared by the dashboard pages, in the page's language (header and navigation
 * included; only the language switch names each language in itself). Styles and the live-update
 * script are files under this origin (the pages' CSP allows nothing inline). `seq` is the last
 * change number the page shows; `back` is where the language switch returns to (a page signed out
 * shows the switch only when given one).
 */
export function Layout(props: { title: string; lang?: Lang; signedIn?: Viewer; seq?: number; back?: string; children: Child }) {
  const lang = props.lang ?? 'zh';
  return (
    <html lang={htmlLang(lang)}>
      <head>
        <meta charset="utf-8" />
        <meta name="viewport" content="width=device-width, initial-scale=1" />
        <title>{props.title} · Circulate</title>
        <link rel="stylesheet" href="/dashboard.css" />
        {(props.seq !== undefined || props.signedIn) && <script src="/dashboard.js" defer></script>}
      </head>
      <body data-seq={props.seq === undefined ? undefined : String(props.seq)}>
        <header>
          <strong>{tr(lang, 'Circulate 纪要传阅', 'Circulate')}</strong>
          {props.signedIn && (
            <nav aria-label={tr(lang, '主导航', 'Main')}>
              {/* A link that would only answer "admins only" is not offered. */}
              {NAV.filter((item) => item.length < 4 || item[3] === props.signedIn?.role).map(([href, zh, en]) => (
                <a href={href}>{tr(lang, zh, en)}</a>
              ))}
            </nav>
          )}
          {(props.signedIn || props.back) && (
            <form method="post" action="/lang" class="lang" aria-label={tr(lang, '界面语言', 'Language')}>
              <input type="hidden" name="back" value={props.back ?? '/'} />
              <button type="submit" name="lang" value="zh" lang="zh-CN" aria-pressed={lang === 'zh' ? 'true' : 'false'}>中文</button>
              <button type="submit" name="lang" value="en" lang="en" aria-pressed={lang === 'en' ? 'true' : 'false'}>English</button>
            </form>
          )}
          {props.signedIn && (
            <form method="post" action="/logout" class="logout">
              <span>{props.signedIn.name}</span> <button type="submit">{tr(lang, '退出', 'Sign out')}</button>
            </form>
          )}
        </header>
        <main>{props.children}</main>
      </body>
    </html>
  );
}

/** A one-button form that sends a reminder (催办) to a unit about a document or a task. */
export function RemindButton(props: { unitId: string; documentId?: string; taskId?: string; back: string; about?: string; lang: Lang }) {
  return (
    <form method="post" action="/reminders" class="inline">
      <input type="hidden" name="unitId" value={props.unitId} />
      {props.documentId && <input type="hidden" name="documentId" value={props.documentId} />}
      {props.taskId && <input type="hidden" name="taskId" value={props.taskId} />}
      <input type="hidden" name="back" value={props.back} />
      {/* Repeated on every row: its name says which one it acts on. */}
      <button type="submit" aria-label={`${tr(props.lang, '催办', 'Remind')}: ${props.about ?? props.unitId}`}>
        {tr(props.lang, '催办', 'Remind')}
      </button>
    </form>
  );
}
