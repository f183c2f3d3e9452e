/** @jsxRuntime automatic */
/** @jsxImportSource hono/jsx */
import type { UnitProposalRecord, UnitRecord } from '../../shared/schemas';
import { showTime, tr, type Lang } from './locale';

/**
 * Units clerks proposed, waiting for an admin: approve (the unit goes live and its waiting copies
 * go out), merge into a unit that exists (its copies go there), or reject with a reason the clerk
 * sees. Decided ones are listed below with who decided.
 */
export function ProposalsSection(props: { proposals: UnitProposalRecord[]; units: UnitRecord[]; lang: Lang }) {
  const { lang } = props;
  const pending = props.proposals.filter((p) => p.status === 'pending');
  const decided = props.proposals.filter((p) => p.status !== 'pending').slice(0, 20);
  const unitName = (id: string | null) => (id ? (props.units.find((u) => u.id === id)?.name ?? id) : '');
  return (
    <section id="proposals">
      <h2>{tr(lang, '待审单位', 'Proposed units')} ({pending.length})</h2>
      {pending.length === 0 && <p class="empty">{tr(lang, '没有待审的单位', 'No units waiting')}</p>}
      {pending.length > 0 && (
        <table>
          <thead>
            <tr>
              <th>{tr(lang, '名称', 'Name')}</th>
              <th>{tr(lang, '上级', 'Parent')}</th>
              <th>{tr(lang, '说明', 'Note')}</th>
              <th>{tr(lang, '提出', 'Proposed by')}</th>
              <th>{tr(lang, '决定', 'Decide')}</th>
            </tr>
          </thead>
          <tbody>
            {pending.map((p) => (
              <tr data-proposal-id={p.id}>
                <td>{p.name}</td>
                <td>{unitName(p.parentId)}</td>
                <td>{p.note}</td>
                <td>
                  {unitName(p.proposerUnitId)} · {showTime(p.createdAt, lang)}
                </td>
                <td>
                  <form method="post" action={`/admin/proposals/${encodeURIComponent(p.id)}/approve`} class="inline">
                    <button type="submit" data-action="approve" aria-label={`${tr(lang, '批准', 'Approve')}: ${p.name}`}>
                      {tr(lang, '批准', 'Approve')}
                    </button>
                  </form>{' '}
                  <form method="post" action={`/admin/proposals/${encodeURIComponent(p.id)}/merge`} class="inline">
                    <select name="into" required aria-label={tr(lang, `${p.name} 并入`, `Merge ${p.name} into`)}>
                      {props.units.map((u) => (
                        <option value={u.id}>{u.name}</option>
                      ))}
                    </select>{' '}
                    <button type="submit" data-action="merge" aria-label={`${tr(lang, '并入', 'Merge')}: ${p.name}`}>
                      {tr(lang, '并入', 'Merge')}
                    </button>
                  </form>{' '}
                  <form method="post" action={`/admin/proposals/${encodeURIComponent(p.id)}/reject`} class="inline">
                    <input name="reason" required maxlength={500} aria-label={tr(lang, `驳回 ${p.name} 的理由`, `Reason to reject ${p.name}`)} />{' '}
                    <button type="submit" data-action="reject" aria-label={`${tr(lang, '驳回', 'Reject')}: ${p.name}`}>
                      {tr(lang, '驳回', 'Reject')}
                    </button>
                  </form>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {decided.length > 0 && (
        <details>
          <summary>{tr(lang, '已决定', 'Decided')}</summary>
          <table>
            <thead>
              <tr>
                <th>{tr(lang, '名称', 'Name')}</th>
                <th>{tr(lang, '决定', 'Decision')}</th>
                <th>{tr(lang, '并入单位或驳回理由', 'Merged into, or reason')}</th>
                <th>{tr(lang, '决定人', 'Decided by')}</th>
              </tr>
            </thead>
            <tbody>
              {decided.map((p) => (
                <tr data-proposal-id={p.id} data-status={p.status}>
                  <td>{p.name}</td>
                  <td>{tr(lang, ...STATUS[p.status])}</td>
                  <td>{p.status === 'merged' ? unitName(p.unitId) : (p.reason ?? '')}</td>
                  <td>
                    {p.decidedBy} · {showTime(p.decidedAt, lang)}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </details>
      )}
    </section>
  );
}

const STATUS: Record<UnitProposalRecord['status'], [string, string]> = {
  pending: ['待审', 'Pending'],
  approved: ['已批准', 'Approved'],
  merged: ['已并入', 'Merged'],
  rejected: ['已驳回', 'Rejected'],
};
