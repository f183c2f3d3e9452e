/** @jsxRuntime automatic */
/** @jsxImportSource hono/jsx */
import type { AuditEntry, AuditVerdict } from '../storage/audit';
import { Layout, type Viewer } from './layout';
import { showTime, tr, type Lang } from './locale';

/** The newest audit entries and whether the hash chain holds. Read-only by design. */
export function AuditPage(props: { entries: AuditEntry[]; verdict: AuditVerdict; signedIn: Viewer; seq: number; lang: Lang }) {
  const { verdict: v, lang } = props;
  return (
    <Layout title={tr(lang, '审计', 'Audit trail')} lang={lang} signedIn={props.signedIn} seq={props.seq} back="/audit">
      <h1>{tr(lang, '审计记录', 'Audit trail')}</h1>
      {v.ok ? (
        <p class="ok" data-audit="intact">{tr(lang, `链完整：${v.entries} 条记录`, `Chain intact: ${v.entries} entries`)}</p>
      ) : (
        <p class="error" data-audit="broken">
          {tr(lang, `链已断开，第 ${v.brokenSeq} 条：`, `Chain broken at entry #${v.brokenSeq}: `)}
          {v.reason}
        </p>
      )}
      <table>
        <thead>
          <tr>
            <th>#</th>
            <th>{tr(lang, '服务器时间', 'Server time')}</th>
            <th>{tr(lang, '客户端时间', 'Client time')}</th>
            <th>{tr(lang, '操作者', 'Actor')}</th>
            <th>{tr(lang, '设备', 'Device')}</th>
            <th>{tr(lang, '操作', 'Action')}</th>
            <th>{tr(lang, '对象', 'Entity')}</th>
          </tr>
        </thead>
        <tbody>
          {props.entries.map((e) => (
            <tr>
              <td>{e.seq}</td>
              <td>{showTime(e.serverAt, lang)}</td>
              <td>{e.clientAt ? showTime(e.clientAt, lang) : '—'}</td>
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
