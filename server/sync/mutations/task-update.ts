import { taskUpdateRecord } from '../../storage/records';
import { getTask, latestTaskUpdateKind } from '../lookups';
import { applied, auditOf, duplicate, rejected, type ApplyContext, type Outcome } from '../outcome';

/**
 * Appends to a task's history. Its units report progress and ask to close (申请办结); a supervisor
 * closes (办结) or returns it (退回). Updates are never overwritten: status is the latest one.
 */
export async function applyTaskUpdate(ctx: ApplyContext<'task.update'>): Promise<Outcome> {
  const { tx, who } = ctx;
  const p = ctx.mutation.payload;
  const task = await getTask(tx, p.taskId);
  if (!task) return rejected('unknown task');
  const overseer = who.role === 'supervisor' || who.role === 'admin';
  const latest = await latestTaskUpdateKind(tx, p.taskId);
  if (p.kind === 'close' || p.kind === 'return') {
    if (!overseer) return rejected('only a supervisor can close or return a task');
    if (p.kind === 'close' && latest === 'close') return rejected('the task is already closed');
  } else {
    const involved = await tx.db
      .selectFrom('task_units')
      .select('unit_id')
      .where('task_id', '=', p.taskId)
      .where('unit_id', '=', who.unitId)
      .executeTakeFirst();
    if (!involved && who.role !== 'admin') return rejected('this task is not assigned to your unit');
    if (latest === 'close') return rejected('the task is closed');
  }
  if (await tx.db.selectFrom('task_updates').select('id').where('id', '=', p.id).executeTakeFirst()) {
    return duplicate('an update with this id exists');
  }
  const base = { id: p.id, task_id: p.taskId, kind: p.kind, note: p.note, unit_id: who.unitId, user_id: who.userId, at: ctx.mutation.at, server_at: tx.now };
  const seq = await tx.change({
    entity: 'taskUpdate',
    entityId: p.id,
    documentId: task.document_id,
    taskId: p.taskId,
    data: taskUpdateRecord({ ...base, server_seq: 0 }),
  });
  await tx.db.insertInto('task_updates').values({ ...base, server_seq: seq }).execute();
  await tx.audit(auditOf(ctx, 'taskUpdate', p.id));
  return applied();
}
