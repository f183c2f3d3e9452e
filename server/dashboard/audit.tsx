/** @jsxRuntime automatic */
/** @jsxImportSource hono/jsx */
import type { AuditEntry, AuditVerdict } from '../storage/audit';
import { Layout } from './layout';
import { showTime } from './locale';

/** The newest audit entries and whether the hash chain holds. Read-only by design. */
export function AuditPage(props: { entries: AuditEntry[]; verdict: AuditVerdict; signedIn: string; seq: number }) {
  const v = props.verdict;
  return (
    <Layout title="审计 Audit" signedIn={props.signedIn} seq={props.seq}>
      <h1>审计记录 Audit trail</h1>
      {v.ok ? (
        <p class="ok" data-audit="intact">链完整 Chain intact: {v.entries} entries</p>
      ) : (
        <p class="error" data-audit="broken">
          链已断开 Chain broken at entry #{v.brokenSeq}: {v.reason}
        </p>
      )}
      <table>
        <thead>
          <tr>
            <th>#</th>
            <th>服务器时间 Server time</th>
            <th>客户端时间 Client time</th>
            <th>操作者 Actor</th>
            <th>设备 Device</th>
            <th>操作 Action</th>
            <th>对象 Entity</th>
          </tr>
        </thead>
        <tbody>
          {props.entries.map((e) => (
            <tr>
              <td>{e.seq}</td>
              <td>{showTime(e.serverAt, 'zh')}</td>
              <td>{e.clientAt ? showTime(e.clientAt, 'zh') : '—'}</td>
              <td title={e.actor}>{e.actorName ? `${e.actorName}${e.actorUnit ? `（${e.actorUnit}）` : ''}` : e.actor}</td>
              <td title={e.device ?? undefined}>{e.deviceName ?? e.device ?? '—'}</td>
              <td>{e.action}</td>
              <td>
                {e.entity} {e.entityId}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </Layout>
  );
}
