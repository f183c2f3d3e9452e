import { uuidv7, type CirculateDb, type ProposalRow, type UnitRow } from '../db';
import type { Enrollment } from '../enrollment';
import { useLiveQuery } from './hooks';
import { t, type MessageKey } from './i18n';
import { sentView, type CopyState, type SentItem, type SentView } from './sent-model';

const STATE: Record<CopyState, MessageKey> = {
  circulated: 'sentStateCirculated',
  read: 'sentStateRead',
  acknowledged: 'sentStateAcked',
  waiting: 'sentStateWaiting',
};
const STATE_PILL: Record<CopyState, string> = { circulated: 'pill', read: 'pill act', acknowledged: 'pill ok', waiting: 'pill near' };

/**
 * What I circulated: each document with its units' state (circulated, read, acknowledged, when and
 * by whom) and its tasks' latest status; the units my unit proposed and what became of them; what
 * the service refused, with its reason. Any document can be reopened in Capture, corrected and
 * circulated again to added units.
 */
export function Sent(props: { db: CirculateDb; enrollment: Enrollment | null; onReopen: () => void }) {
  const { db } = props;
  const unitId = props.enrollment?.user?.unitId ?? null;
  const view = useLiveQuery(() => (unitId ? sentView(db, unitId) : Promise.resolve(null)), [db, unitId], null as SentView | null);
  if (!unitId) return <p>{t('inboxNotEnrolled')}</p>;
  if (!view) return null;
  const reopen = async (item: SentItem) => {
    // A capture made from the saved document: Capture opens it as if the page were captured again.
    await db.captures.put({ id: uuidv7(), capturedAt: new Date().toISOString(), url: item.doc.url, pageTitle: item.doc.title, draft: item.doc.draft });
    props.onReopen();
  };
  return (
    <div class="sent">
      {view.refused.length > 0 && (
        <div class="manual" role="alert" data-testid="sent-refused">
          <strong>{t('sentRefused')}</strong>
          <ul>
            {view.refused.map((e) => (
              <li key={e.id} data-testid="sent-refused-entry" data-type={e.type}>
                {describe(e.payload)} — {e.reason ?? ''}
              </li>
            ))}
          </ul>
        </div>
      )}
      {view.proposals.length > 0 && (
        <section>
          <h3>{t('sentProposals')}</h3>
          <ul>
            {view.proposals.map((p) => (
              <li key={p.id} data-testid="sent-proposal" data-status={p.status} data-proposal={p.id}>
                {p.name} — <ProposalStatus p={p} db={db} />
              </li>
            ))}
          </ul>
        </section>
      )}
      {view.items.length === 0 && <p data-testid="sent-empty">{t('sentEmpty')}</p>}
      <ul class="sent-docs">
        {view.items.map((item) => (
          <li key={item.doc.id} data-testid="sent-doc" data-document={item.doc.id}>
            <strong>{item.doc.title}</strong> <span class="muted">{item.doc.meetingDate ?? ''}</span>
            <table>
              <caption class="muted">{t('sentUnits')}</caption>
              <tbody>
                {item.copies.map((c) => (
                  <tr key={c.unitId} data-testid="sent-copy" data-unit={c.unitId} data-state={c.state}>
                    <td>{c.name}</td>
                    <td>
                      <span class={STATE_PILL[c.state]}>{t(STATE[c.state])}</span>
                    </td>
                    <td class="muted">
                      {formatTime(c.at)}
                      {c.by ? ` · ${t('sentBy', c.by)}` : ''}
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
            {item.tasks.length > 0 && (
              <>
                <p class="muted">{t('sentTasks')}</p>
                <ul>
                  {item.tasks.map(({ task, latest, unitName }) => (
                    <li key={task.id} data-testid="sent-task" data-kind={latest?.kind ?? 'new'}>
                      {unitName}: {task.text.slice(0, 60)} — {latest ? `${t(`taskKind_${latest.kind}`)}${latest.note ? `: ${latest.note}` : ''}` : t('sentTaskNone')}
                    </li>
                  ))}
                </ul>
              </>
            )}
            <button type="button" class="link" data-testid="sent-reopen" onClick={() => void reopen(item)}>
              {t('sentReopen')}
            </button>
          </li>
        ))}
      </ul>
    </div>
  );
}

function ProposalStatus(props: { p: ProposalRow; db: CirculateDb }) {
  const { p } = props;
  const into = useLiveQuery(() => (p.unitId && p.status === 'merged' ? Promise.resolve(props.db.units.get(p.unitId)) : Promise.resolve(undefined)), [props.db, p.unitId, p.status], undefined as UnitRow | undefined);
  if (p.status === 'approved') return <span class="pill ok">{t('proposalApproved')}</span>;
  if (p.status === 'merged') return <span class="pill ok">{t('proposalMerged', into?.name ?? p.unitId ?? '')}</span>;
  if (p.status === 'rejected') return <span class="pill overdue" data-testid="sent-proposal-reason">{t('proposalRejected', p.reason ?? '')}</span>;
  return <span class="pill near">{t('proposalPending')}</span>;
}

/** A time as the clerk reads it, in the browser's own zone and language. */
function formatTime(iso: string): string {
  const d = new Date(iso);
  return Number.isNaN(d.getTime()) ? iso : d.toLocaleString(undefined, { dateStyle: 'short', timeStyle: 'short' });
}

/** A refused mutation's payload in a few words: the name it was about. */
function describe(payload: Record<string, unknown>): string {
  if (typeof payload.alias === 'string') return `${payload.alias} → ${String(payload.unitId)}`;
  if (typeof payload.name === 'string') return payload.name;
  return String(payload.unitId ?? payload.id);
}
