/** @jsxRuntime automatic */
/** @jsxImportSource hono/jsx */
import type { DocumentProgress, UnitProgress } from '../storage/overview';
import type { FilterFields } from './documents-filter';
import { Layout, RemindButton, type Viewer } from './layout';
import { showTime, tr, type Lang } from './locale';
import { Pager, type PageRequest } from './paging';
import { kindLabel } from './status-labels';

function UnitRow({ u, documentId, lang }: { u: UnitProgress; documentId: string; lang: Lang }) {
  const acknowledged = u.ackAt !== null;
  return (
    <tr data-unit-id={u.unitId} data-status={acknowledged ? 'acknowledged' : 'pending'}>
      <td>{u.unitName}</td>
      <td>{kindLabel(u.kind, lang)}</td>
      <td class="status">{acknowledged ? `${tr(lang, '已签收', 'Acknowledged')} ${showTime(u.ackAt, lang)}` : tr(lang, '未签收', 'Not acknowledged')}</td>
      <td>{u.readAt ? `${tr(lang, '已读', 'Read')} ${showTime(u.readAt, lang)}` : tr(lang, '未读', 'Unread')}</td>
      <td>{!acknowledged && <RemindButton unitId={u.unitId} documentId={documentId} back="/" about={u.unitName} lang={lang} />}</td>
    </tr>
  );
}

function DocumentCard({ d, lang }: { d: DocumentProgress; lang: Lang }) {
  const acked = d.units.filter((u) => u.ackAt).length;
  return (
    <section class="doc" data-doc-id={d.id}>
      <h2>{d.title}</h2>
      <p class="meta">
        {d.ownerUnitName} · v{d.version} · {d.meetingDate ?? ''} · {tr(lang, '签收', 'Acknowledged')} {acked}/{d.units.length}
        {d.units.length > 0 && (
          <>
            {' · '}
            <a href={`/report/documents/${d.id}`}>{tr(lang, '签收进度图', 'Chart')}</a>
          </>
        )}
      </p>
      {d.units.length === 0 ? (
        <p class="empty">{tr(lang, '尚未传阅', 'Not circulated yet')}</p>
      ) : (
        <table>
          <thead>
            <tr>
              <th>{tr(lang, '单位', 'Unit')}</th>
              <th>{tr(lang, '类型', 'Kind')}</th>
              <th>{tr(lang, '签收', 'Acknowledgement')}</th>
              <th>{tr(lang, '阅读', 'Read')}</th>
              <th>{tr(lang, '操作', 'Actions')}</th>
            </tr>
          </thead>
          <tbody>
            {d.units.map((u) => (
              <UnitRow u={u} documentId={d.id} lang={lang} />
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}

/** Filters of the list: period, issuer, unit, state and words of the title (a GET form). */
function Filters({ f, units, lang }: { f: FilterFields; units: { id: string; name: string }[]; lang: Lang }) {
  const unitOptions = (selected?: string) => [
    <option value="">{tr(lang, '全部', 'Any')}</option>,
    ...units.map((u) => (
      <option value={u.id} selected={u.id === selected}>
        {u.name}
      </option>
    )),
  ];
  return (
    <form method="get" action="/" class="filters" aria-label={tr(lang, '筛选', 'Filter')}>
      <label>
        {tr(lang, '标题', 'Title')} <input type="search" name="q" value={f.q} maxlength={200} />
      </label>
      <label>
        {tr(lang, '发文单位', 'Issuer')} <select name="issuer">{unitOptions(f.issuer)}</select>
      </label>
      <label>
        {tr(lang, '传阅单位', 'Unit')} <select name="unit">{unitOptions(f.unit)}</select>
      </label>
      <label>
        {tr(lang, '状态', 'State')}{' '}
        <select name="state">
          <option value="">{tr(lang, '全部', 'Any')}</option>
          <option value="pending" selected={f.state === 'pending'}>{tr(lang, '有未签收', 'Awaiting acknowledgement')}</option>
          <option value="acknowledged" selected={f.state === 'acknowledged'}>{tr(lang, '全部已签收', 'All acknowledged')}</option>
          <option value="none" selected={f.state === 'none'}>{tr(lang, '尚未传阅', 'Not circulated')}</option>
        </select>
      </label>
      <label>
        {tr(lang, '自', 'From')} <input type="date" name="from" value={f.from} />
      </label>
      <label>
        {tr(lang, '至', 'To')} <input type="date" name="to" value={f.to} />
      </label>
      <button type="submit">{tr(lang, '筛选', 'Filter')}</button>
    </form>
  );
}

export interface DocumentsView {
  docs: DocumentProgress[];
  at: PageRequest;
  more: boolean;
  signedIn: Viewer;
  seq: number;
  notice?: string;
  lang?: Lang;
  filter?: FilterFields;
  /** The filters as a query string, kept in the page links and the export. */
  query?: string;
  units?: { id: string; name: string }[];
  /** The signed-in person has no password yet (signed in with a code). */
  needsPassword?: boolean;
}

/** Acknowledgement progress, one page of documents at a time (newest first), filtered. */
export function DocumentsPage(props: DocumentsView) {
  const lang = props.lang ?? 'zh';
  const query = props.query ?? '';
  return (
    <Layout title={tr(lang, '传阅进度', 'Circulation progress')} lang={lang} signedIn={props.signedIn} seq={props.seq} back={query ? `/?${query}` : '/'}>
      <h1>{tr(lang, '传阅进度', 'Circulation progress')}</h1>
      {props.needsPassword && (
        <p class="near-due" role="status" data-notice="set-password">
          <a href="/account">{tr(lang, '请设置密码，以后用姓名和密码登录', 'Set a password to sign in with your name from now on')}</a>
        </p>
      )}
      {props.notice && (
        <p class="ok" role="status">
          {props.notice}
        </p>
      )}
      <Filters f={props.filter ?? {}} units={props.units ?? []} lang={lang} />
      <p class="exports">
        <a href={query ? `/documents.csv?${query}` : '/documents.csv'}>{tr(lang, '导出 CSV', 'Export CSV')}</a>
      </p>
      {props.docs.length === 0 ? <p class="empty">{tr(lang, '暂无纪要', 'No documents')}</p> : props.docs.map((d) => <DocumentCard d={d} lang={lang} />)}
      <Pager path="/" at={props.at} more={props.more} query={query} lang={lang} />
    </Layout>
  );
}
