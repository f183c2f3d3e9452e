import { getDocument } from '../../storage/documents';
import { insertTask, taskExists } from '../../storage/tasks';
import { missingUnits } from '../../storage/units';
import { nameUuid } from '../../tasks/name-uuid';
import { circulateTo } from '../circulate';
import { canCreateTask, unknownUnit } from '../guards';
import { applied, auditOf, duplicate, rejected, type ApplyContext, type Outcome } from '../outcome';

/**
 * A task from one of a document's decisions: a lead unit (主办), co-units (协办) and a due date.
 * Each of its units gets the document to act on (办理) in the same transaction, so an assigned unit
 * always sees it: a new circulation where it had none, an upgrade where it had one to read.
 */
export async function applyTaskCreate(ctx: ApplyContext<'task.create'>): Promise<Outcome> {
  const { tx, who } = ctx;
  const p = ctx.mutation.payload;
  const doc = await getDocument(tx.db, p.documentId);
  if (!doc) return rejected('unknown document (save the document before adding its tasks)');
  const coUnitIds = [...new Set(p.coUnitIds)].filter((u) => u !== p.leadUnitId);
  const refused = canCreateTask(who, doc) ?? unknownUnit(await missingUnits(tx.db, [p.leadUnitId, ...coUnitIds]));
  if (refused) return rejected(refused);
  if (await taskExists(tx.db, p.id)) return duplicate('a task with this id exists');
  for (const unitId of [p.leadUnitId, ...coUnitIds]) {
    // The id comes from (task, unit), so it is the same wherever and however often it is worked out.
    const id = nameUuid(`task-circulation:${p.id}:${unitId}`);
    await circulateTo(tx, who, doc, { id, unitId, kind: 'act' }, {
      clientAt: ctx.mutation.at,
      data: { id, documentId: doc.id, unitId, kind: 'act', taskId: p.id },
      action: 'circulation.create',
    });
  }
  await insertTask(tx, { ...p, coUnitIds, createdBy: who.userId }, doc.owner_unit_id);
  await tx.audit(auditOf(ctx, 'task', p.id));
  return applied();
}
