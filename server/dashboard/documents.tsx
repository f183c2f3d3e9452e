/** @jsxRuntime automatic */
/** @jsxImportSource hono/jsx */
import type { DocumentProgress, UnitProgress } from '../storage/overview';
import { Layout, RemindButton } from './layout';
import { Pager, type PageRequest } from './paging';

export const time = (iso: string | null) => (iso ? iso.replace('T', ' ').slice(0, 16) + ' UTC' : '—');

function UnitRow({ u, documentId }: { u: UnitProgress; documentId: string }) {
  const acknowledged = u.ackAt !== null;
  return (
    <tr data-unit-id={u.unitId} data-status={acknowledged ? 'acknowledged' : 'pending'}>
      <td>{u.unitName}</td>
      <td>{u.kind === 'act' ? '办理 Act' : '阅知 Read'}</td>
      <td class="status">{acknowledged ? `已签收 Acknowledged ${time(u.ackAt)}` : '未签收 Pending'}</td>
      <td>{u.readAt ? `已读 Read ${time(u.readAt)}` : '未读 Unread'}</td>
      <td>{!acknowledged && <RemindButton unitId={u.unitId} documentId={documentId} back="/" about={u.unitName} />}</td>
    </tr>
  );
}

function DocumentCard({ d }: { d: DocumentProgress }) {
  const acked = d.units.filter((u) => u.ackAt).length;
  return (
    <section class="doc" data-doc-id={d.id}>
      <h2>{d.title}</h2>
      <p class="meta">
        {d.ownerUnitName} · v{d.version} · {d.meetingDate ?? ''} · 签收 Acknowledged {acked}/{d.units.length}
      </p>
      {d.units.length === 0 ? (
        <p class="empty">尚未传阅 Not circulated yet</p>
      ) : (
        <table>
          <thead>
            <tr>
              <th>单位 Unit</th>
              <th>类型 Kind</th>
              <th>签收 Acknowledgement</th>
              <th>阅读 Read</th>
              <th>操作 <span lang="en">Actions</span></th>
            </tr>
          </thead>
          <tbody>
            {d.units.map((u) => (
              <UnitRow u={u} documentId={d.id} />
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}

/** Acknowledgement progress, one page of documents at a time (newest first). */
export function DocumentsPage(props: { docs: DocumentProgress[]; at: PageRequest; more: boolean; signedIn: string; seq: number; notice?: string }) {
  return (
    <Layout title="传阅进度 Progress" signedIn={props.signedIn} seq={props.seq}>
      <h1>传阅进度 Circulation progress</h1>
      {props.notice && <p class="ok" role="status">{props.notice}</p>}
      <p class="exports">
        <a href="/documents.csv">导出 Export CSV</a>
      </p>
      {props.docs.length === 0 ? <p class="empty">暂无纪要 No documents yet</p> : props.docs.map((d) => <DocumentCard d={d} />)}
      <Pager path="/" at={props.at} more={props.more} />
    </Layout>
  );
}
