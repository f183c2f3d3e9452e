import Dexie from 'dexie';
import { orderUpdates, type CirculateDb, type DocumentRow, type OutboxRow, type ProposalRow, type TaskRow, type TaskUpdateRow } from '../db';

export type CopyState = 'circulated' | 'read' | 'acknowledged' | 'waiting';

/** One unit's copy of a document I circulated: how far it got, when, and by whom. */
export interface SentCopy {
  unitId: string;
  name: string;
  kind: 'read' | 'act';
  state: CopyState;
  at: string;
  by?: string;
}

export interface SentItem {
  doc: DocumentRow;
  copies: SentCopy[];
  tasks: { task: TaskRow; latest: TaskUpdateRow | undefined; unitName: string }[];
}

export interface SentView {
  items: SentItem[];
  proposals: ProposalRow[];
  /** What the service refused of this device's circulations, aliases and proposals, with its reasons. */
  refused: OutboxRow[];
}

const SHOWN = 50;

/** The documents my unit issued and circulated, newest first, with each unit's state and each task's latest status. */
export async function sentView(db: CirculateDb, unitId: string): Promise<SentView> {
  const [units, proposals, rejected] = await Promise.all([
    db.units.toArray(),
    db.proposals.orderBy('id').reverse().toArray(),
    db.outbox.where('state').equals('rejected').toArray(),
  ]);
  const names = new Map<string, string>([...proposals.map((p) => [p.id, p.name] as const), ...units.map((u) => [u.id, u.name] as const)]);
  const waiting = new Set(proposals.filter((p) => p.status === 'pending').map((p) => p.id));
  const items: SentItem[] = [];
  // My unit's documents, newest first, from the [ownerUnitId+savedAt] index, in pages: a unit that
  // captured many documents without circulating them still costs only what is read.
  const mine = db.documents.where('[ownerUnitId+savedAt]').between([unitId, Dexie.minKey], [unitId, Dexie.maxKey]).reverse();
  for (let offset = 0; items.length < SHOWN; offset += SHOWN) {
    const page = await mine.clone().offset(offset).limit(SHOWN).toArray();
    if (page.length === 0) break;
    await addCirculated(db, page, names, waiting, items);
  }
  const refused = rejected.filter((e) => e.type === 'unit.alias' || e.type === 'unit.propose' || e.type === 'circulation.create');
  return { items, proposals, refused };
}

/** Adds to `items` each document of `docs` that was circulated, with its copies and tasks, up to SHOWN. */
async function addCirculated(db: CirculateDb, docs: DocumentRow[], names: Map<string, string>, waiting: Set<string>, items: SentItem[]): Promise<void> {
  for (const doc of docs) {
    const circs = await db.circulations.where('documentId').equals(doc.id).toArray();
    if (circs.length === 0) continue;
    const [acks, reads, tasks] = await Promise.all([
      db.acks.where('documentId').equals(doc.id).toArray(),
      db.reads.where('documentId').equals(doc.id).toArray(),
      db.tasks.where('documentId').equals(doc.id).toArray(),
    ]);
    const copies = circs.map((c): SentCopy => {
      const ack = acks.find((a) => a.unitId === c.unitId);
      const read = reads.find((r) => r.unitId === c.unitId);
      const base = { unitId: c.unitId, name: names.get(c.unitId) ?? c.unitId, kind: c.kind };
      if (ack) return { ...base, state: 'acknowledged', at: ack.serverAt ?? ack.at, by: ack.userName ?? ack.userId };
      if (read) return { ...base, state: 'read', at: read.serverAt ?? read.at, by: read.userName ?? read.userId };
      return { ...base, state: waiting.has(c.unitId) ? 'waiting' : 'circulated', at: c.createdAt };
    });
    const withUpdates = await Promise.all(
      tasks.map(async (task) => {
        const updates = orderUpdates(await db.taskUpdates.where('taskId').equals(task.id).toArray());
        return { task, latest: updates[updates.length - 1], unitName: names.get(task.leadUnitId) ?? task.leadUnitId };
      }),
    );
    items.push({ doc, copies: copies.sort((a, b) => a.name.localeCompare(b.name)), tasks: withUpdates.sort((a, b) => a.task.decisionIndex - b.task.decisionIndex) });
    if (items.length >= SHOWN) break;
  }
}
