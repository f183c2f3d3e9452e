import type { Kysely } from 'kysely';
import { draft } from './helpers';

// Rows as the code of schema 0002 wrote them: one global change log with a full document record in
// every version change and again in a copy per circulation (with the receiving unit), visibility
// columns on each change, and documents holding their draft.

const at = '2026-01-02T03:04:05.000Z';
export const LEGACY = {
  doc: '0190a000-0000-7000-8000-000000000001',
  circulation: '0190a000-0000-7000-8000-000000000002',
  ack: '0190a000-0000-7000-8000-000000000003',
  task: '0190a000-0000-7000-8000-000000000004',
  taskCirculation: '0190a000-0000-7000-8000-000000000005',
  update: '0190a000-0000-7000-8000-000000000006',
  reminder: '0190a000-0000-7000-8000-000000000007',
  mutation: '0190a000-0000-7000-8000-000000000008',
  clerk: 'user-clerk',
};

const units = [
  { id: 'office', name: 'Issuing Office', aliases: ['办公室'] },
  { id: 'forestry', name: 'Forestry Bureau', aliases: [] },
  { id: 'water', name: 'Water Bureau', aliases: [] },
  { id: 'bureau', name: 'Supervision Office', aliases: [] },
];

const docRecord = (version: number, title: string) => ({
  id: LEGACY.doc, contentHash: `hash-legacy-${version}`, version, url: 'https://oa.example/doc', title, meetingDate: null,
  draft: draft(title), ownerUnitId: 'office', createdBy: LEGACY.clerk, updatedAt: at,
});

/** Seeds a database migrated to 0002 as its code left it; returns the last change number. */
export async function seedLegacy(db: Kysely<any>): Promise<number> {
  const { doc } = LEGACY;
  for (const u of units) await db.insertInto('units').values({ id: u.id, name: u.name, aliases: JSON.stringify(u.aliases), updated_at: at }).execute();
  await db.insertInto('users').values({ id: LEGACY.clerk, name: 'Clerk', role: 'clerk', unit_id: 'office', created_at: at }).execute();
  const v2 = docRecord(2, 'Second');
  await db.insertInto('documents').values({
    id: doc, content_hash: v2.contentHash, version: 2, url: v2.url, title: v2.title, meeting_date: null, draft: JSON.stringify(v2.draft),
    owner_unit_id: 'office', created_by: LEGACY.clerk, created_at: at, updated_at: at,
  }).execute();
  const circ = (id: string, unit: string, kind: string) => ({ id, documentId: doc, unitId: unit, kind, createdBy: LEGACY.clerk, createdAt: at });
  await db.insertInto('circulations').values([
    { id: LEGACY.circulation, document_id: doc, unit_id: 'forestry', kind: 'read', created_by: LEGACY.clerk, created_at: at },
    { id: LEGACY.taskCirculation, document_id: doc, unit_id: 'water', kind: 'act', created_by: LEGACY.clerk, created_at: at },
  ]).execute();
  await db.insertInto('acks').values({ id: LEGACY.ack, document_id: doc, unit_id: 'forestry', user_id: 'user-f', at, server_at: at }).execute();
  const task = { id: LEGACY.task, documentId: doc, decisionIndex: 0, text: 'Do it', leadUnitId: 'water', coUnitIds: [], due: null, dueDate: null, createdBy: LEGACY.clerk, createdAt: at };
  await db.insertInto('tasks').values({ id: LEGACY.task, document_id: doc, decision_index: 0, text: 'Do it', lead_unit_id: 'water', co_unit_ids: '[]', due: null, due_date: null, created_by: LEGACY.clerk, created_at: at }).execute();
  await db.insertInto('task_units').values({ task_id: LEGACY.task, unit_id: 'water', lead: 1 }).execute();
  const update = { id: LEGACY.update, taskId: LEGACY.task, kind: 'progress', note: 'begun', unitId: 'water', userId: 'user-w', at, serverAt: at };
  const reminder = { id: LEGACY.reminder, unitId: 'forestry', documentId: doc, taskId: null, message: 'reply', fromUserId: 'user-s', at };
  await db.insertInto('reminders').values({ id: LEGACY.reminder, unit_id: 'forestry', document_id: doc, task_id: null, message: 'reply', from_user_id: 'user-s', at, server_at: at }).execute();

  type Row = { entity: string; entity_id: string; document_id?: string; unit_id?: string; task_id?: string; data: unknown };
  const rows: Row[] = [
    ...units.map((u) => ({ entity: 'unit', entity_id: u.id, data: u })),
    { entity: 'document', entity_id: doc, document_id: doc, data: docRecord(1, 'First') }, // 5
    { entity: 'circulation', entity_id: LEGACY.circulation, document_id: doc, unit_id: 'forestry', data: circ(LEGACY.circulation, 'forestry', 'read') }, // 6
    { entity: 'document', entity_id: doc, document_id: doc, unit_id: 'forestry', data: docRecord(1, 'First') }, // 7: the copy
    { entity: 'document', entity_id: doc, document_id: doc, data: v2 }, // 8
    { entity: 'ack', entity_id: LEGACY.ack, document_id: doc, unit_id: 'forestry', data: { id: LEGACY.ack, documentId: doc, unitId: 'forestry', userId: 'user-f', at, serverAt: at } }, // 9
    { entity: 'circulation', entity_id: LEGACY.taskCirculation, document_id: doc, unit_id: 'water', data: circ(LEGACY.taskCirculation, 'water', 'act') }, // 10
    { entity: 'document', entity_id: doc, document_id: doc, unit_id: 'water', data: v2 }, // 11: the copy
    { entity: 'task', entity_id: LEGACY.task, document_id: doc, task_id: LEGACY.task, data: task }, // 12
    { entity: 'taskUpdate', entity_id: LEGACY.update, document_id: doc, task_id: LEGACY.task, data: update }, // 13
    { entity: 'reminder', entity_id: LEGACY.reminder, document_id: doc, unit_id: 'forestry', data: reminder }, // 14
  ];
  await db.insertInto('task_updates').values({ id: LEGACY.update, task_id: LEGACY.task, kind: 'progress', note: 'begun', unit_id: 'water', user_id: 'user-w', at, server_at: at, server_seq: 13 }).execute();
  await db.insertInto('changes').values(rows.map((r, i) => ({
    seq: i + 1, entity: r.entity, entity_id: r.entity_id, document_id: r.document_id ?? null, unit_id: r.unit_id ?? null, task_id: r.task_id ?? null,
    data: JSON.stringify(r.data), server_at: at,
  }))).execute();
  await db.updateTable('counters').set({ value: rows.length }).where('name', '=', 'seq').execute();
  await db.insertInto('applied_mutations').values({ id: LEGACY.mutation, type: 'document.put', user_id: LEGACY.clerk, device_id: null, status: 'applied', reason: null, server_at: at }).execute();
  return rows.length;
}
