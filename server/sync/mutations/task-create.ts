import { taskRecord } from '../../storage/records';
import { nameUuid } from '../../tasks/scheduled-reminders';
import { circulateTo } from '../circulate';
import { getDocument, unitExists } from '../lookups';
import { applied, auditOf, duplicate, rejected, type ApplyContext, type Outcome } from '../outcome';

/**
 * A task from one of a document's decisions: a lead unit (主办), co-units (协办) and a due date.
 * Each of its units gets the document to act on (办理) in the same transaction, so an assigned unit
 * always sees it: a new circulation where it had none, an upgrade where it had one to read.
 */
export async function applyTaskCreate(ctx: ApplyContext<'task.create'>): Promise<Outcome> {
  const { tx, who } = ctx;
  const p = ctx.mutation.payload;
  const doc = await getDocument(tx, p.documentId);
  if (!doc) return rejected('unknown document (save the document before adding its tasks)');
  const ownClerk = who.role === 'clerk' && doc.owner_unit_id === who.unitId;
  if (!ownClerk && who.role !== 'admin' && who.role !== 'supervisor') {
    return rejected('only a clerk of the issuing unit, a supervisor or an admin can create tasks for this document');
  }
  const coUnitIds = [...new Set(p.coUnitIds)].filter((u) => u !== p.leadUnitId);
  for (const unit of [p.leadUnitId, ...coUnitIds]) {
    if (!(await unitExists(tx, unit))) return rejected(`unknown unit "${unit}"`);
  }
  if (await tx.db.selectFrom('tasks').select('id').where('id', '=', p.id).executeTakeFirst()) return duplicate('a task with this id exists');
  const row = {
    id: p.id,
    document_id: p.documentId,
    decision_index: p.decisionIndex,
    text: p.text,
    lead_unit_id: p.leadUnitId,
    co_unit_ids: JSON.stringify(coUnitIds),
    due: p.due,
    due_date: p.dueDate,
    created_by: who.userId,
    created_at: tx.now,
  };
  for (const unitId of [p.leadUnitId, ...coUnitIds]) {
    // The id comes from (task, unit), so it is the same wherever and however often it is worked out.
    const id = nameUuid(`task-circulation:${p.id}:${unitId}`);
    await circulateTo(tx, who, doc, { id, unitId, kind: 'act' }, {
      clientAt: ctx.mutation.at,
      data: { id, documentId: doc.id, unitId, kind: 'act', taskId: p.id },
      action: 'circulation.create',
    });
  }
  await tx.db.insertInto('tasks').values(row).execute();
  await tx.db
    .insertInto('task_units')
    .values([{ task_id: p.id, unit_id: p.leadUnitId, lead: 1 }, ...coUnitIds.map((u) => ({ task_id: p.id, unit_id: u, lead: 0 }))])
    .execute();
  await tx.change({ entity: 'task', entityId: p.id, documentId: p.documentId, taskId: p.id, data: taskRecord(row) });
  await tx.audit(auditOf(ctx, 'task', p.id));
  return applied();
}
