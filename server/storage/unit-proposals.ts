import type { Kysely } from 'kysely';
import type { UnitProposalRecord } from '../../shared/schemas';
import { nameUuid } from '../tasks/name-uuid';
import { circulateTo } from '../sync/circulate';
import type { Principal } from './users';
import { getDocument } from './documents';
import { EVERYONE, ownerFeed, unitFeed } from './feed';
import { taskRecord, unitProposalRecord, unitRecord } from './records';
import type { Database, WriteTx } from './types';
import { addUnitAlias } from './units';

// A clerk proposes a unit the directory lacks; an admin approves it, merges it into a unit that
// exists, or rejects it with a reason. The proposed unit exists from the start as `pending`, under
// the proposal's id, so copies and tasks for it are recorded at once and wait in its feed; an
// approval lets its recipients enroll and pull them, a merge hands them to the other unit.

type Db = Kysely<Database>;

export const getProposal = async (db: Db, id: string) => {
  const row = await db.selectFrom('unit_proposals').selectAll().where('id', '=', id).executeTakeFirst();
  return row && unitProposalRecord(row);
};

/** Proposals, newest first: all, or only those with `status`, or only one unit's clerks'. */
export async function listProposals(db: Db, opts: { status?: UnitProposalRecord['status']; proposerUnitId?: string } = {}): Promise<UnitProposalRecord[]> {
  let q = db.selectFrom('unit_proposals').selectAll();
  if (opts.status) q = q.where('status', '=', opts.status);
  if (opts.proposerUnitId) q = q.where('proposer_unit_id', '=', opts.proposerUnitId);
  return (await q.orderBy('created_at', 'desc').orderBy('id', 'desc').execute()).map(unitProposalRecord);
}

/** The proposal's record goes to the proposing unit's clerks, so they see what became of it. */
async function announce(tx: WriteTx, id: string): Promise<UnitProposalRecord> {
  const row = await tx.db.selectFrom('unit_proposals').selectAll().where('id', '=', id).executeTakeFirstOrThrow();
  const record = unitProposalRecord(row);
  await tx.change({ entity: 'unitProposal', entityId: id, feeds: [ownerFeed(record.proposerUnitId)], data: record });
  return record;
}

export interface NewProposal {
  id: string;
  name: string;
  parentId: string | null;
  note: string;
}

/** Stores a proposal and its pending unit. */
export async function insertProposal(tx: WriteTx, p: NewProposal, who: { userId: string; unitId: string }): Promise<UnitProposalRecord> {
  await tx.db
    .insertInto('unit_proposals')
    .values({
      id: p.id,
      name: p.name,
      parent_id: p.parentId,
      note: p.note,
      status: 'pending',
      unit_id: null,
      reason: null,
      proposed_by: who.userId,
      proposer_unit_id: who.unitId,
      created_at: tx.now,
      decided_by: null,
      decided_at: null,
    })
    .execute();
  await tx.db
    .insertInto('units')
    .values({ id: p.id, name: p.name, aliases: '[]', parent_id: p.parentId, status: 'pending', updated_at: tx.now })
    .execute();
  return announce(tx, p.id);
}

export type Decision = { kind: 'approve' } | { kind: 'merge'; into: string } | { kind: 'reject'; reason: string };

export type DecideResult =
  | { ok: true; proposal: UnitProposalRecord }
  | { ok: false; reason: 'not_found' | 'decided' | 'unknown_target' | 'no_reason' };

/** An admin's decision on a pending proposal; audited with who decided. */
export async function decideProposal(tx: WriteTx, id: string, d: Decision, actor: string): Promise<DecideResult> {
  const row = await tx.db.selectFrom('unit_proposals').selectAll().where('id', '=', id).executeTakeFirst();
  if (!row) return { ok: false, reason: 'not_found' };
  if (row.status !== 'pending') return { ok: false, reason: 'decided' };
  const decided = { decided_by: actor, decided_at: tx.now };
  if (d.kind === 'approve') {
    await tx.db.updateTable('units').set({ status: 'active', updated_at: tx.now }).where('id', '=', id).execute();
    await tx.db.updateTable('unit_proposals').set({ ...decided, status: 'approved', unit_id: id }).where('id', '=', id).execute();
    const unit = unitRecord(await tx.db.selectFrom('units').selectAll().where('id', '=', id).executeTakeFirstOrThrow());
    // From now on every client's directory has it, and its recipients can enroll and pull.
    await tx.change({ entity: 'unit', entityId: id, feeds: [EVERYONE], data: unit });
  } else if (d.kind === 'merge') {
    const target = await tx.db.selectFrom('units').select('id').where('id', '=', d.into).where('status', '=', 'active').executeTakeFirst();
    if (!target || d.into === id) return { ok: false, reason: 'unknown_target' };
    await tx.db.updateTable('units').set({ status: 'merged', updated_at: tx.now }).where('id', '=', id).execute();
    await tx.db.updateTable('unit_proposals').set({ ...decided, status: 'merged', unit_id: d.into }).where('id', '=', id).execute();
    await handOver(tx, id, d.into, actor);
    // The proposed name now finds the unit it was merged into (unless another unit holds it).
    await addUnitAlias(tx, d.into, row.name, { actor, mayRedirect: true });
  } else {
    const reason = d.reason.trim();
    if (!reason) return { ok: false, reason: 'no_reason' };
    await tx.db.updateTable('units').set({ status: 'rejected', updated_at: tx.now }).where('id', '=', id).execute();
    await tx.db.updateTable('unit_proposals').set({ ...decided, status: 'rejected', reason }).where('id', '=', id).execute();
  }
  const proposal = await announce(tx, id);
  await tx.audit({ actor, action: `unit.proposal.${d.kind}`, entity: 'unitProposal', entityId: id, data: d });
  return { ok: true, proposal };
}

/**
 * A merged proposal's copies and tasks go to the unit it was merged into: each circulation again
 * (one per document and unit, as always: a unit that has the document already keeps its own), and
 * each task with the unit in its place.
 */
async function handOver(tx: WriteTx, from: string, into: string, actor: string): Promise<void> {
  const who: Principal = { userId: actor, name: actor, role: 'admin', unitId: '', deviceId: null };
  const circs = await tx.db.selectFrom('circulations').selectAll().where('unit_id', '=', from).orderBy('created_at').execute();
  for (const c of circs) {
    const doc = await getDocument(tx.db, c.document_id);
    if (!doc) continue;
    const moved = { id: nameUuid(`merge:${c.id}:${into}`), unitId: into, kind: c.kind as 'read' | 'act' };
    await circulateTo(tx, who, doc, moved, { clientAt: tx.now, data: { ...moved, documentId: c.document_id, from }, action: 'circulation.merge' });
  }
  const links = await tx.db.selectFrom('task_units').select('task_id').where('unit_id', '=', from).execute();
  for (const { task_id } of links) {
    const task = await tx.db.selectFrom('tasks').selectAll().where('id', '=', task_id).executeTakeFirstOrThrow();
    const co: string[] = JSON.parse(task.co_unit_ids);
    const lead = task.lead_unit_id === from ? into : task.lead_unit_id;
    const coUnits = [...new Set(co.map((u) => (u === from ? into : u)))].filter((u) => u !== lead);
    await tx.db.updateTable('tasks').set({ lead_unit_id: lead, co_unit_ids: JSON.stringify(coUnits) }).where('id', '=', task_id).execute();
    await tx.db.deleteFrom('task_units').where('task_id', '=', task_id).execute();
    await tx.db
      .insertInto('task_units')
      .values([{ task_id, unit_id: lead, lead: 1 }, ...coUnits.map((u) => ({ task_id, unit_id: u, lead: 0 }))])
      .execute();
    const doc = await getDocument(tx.db, task.document_id);
    const updated = { ...task, lead_unit_id: lead, co_unit_ids: JSON.stringify(coUnits) };
    const feeds = [...[lead, ...coUnits].map(unitFeed), ...(doc ? [ownerFeed(doc.owner_unit_id)] : [])];
    await tx.change({ entity: 'task', entityId: task_id, feeds, data: taskRecord(updated) });
    await tx.audit({ actor, action: 'task.merge', entity: 'task', entityId: task_id, data: { from, into } });
  }
}
