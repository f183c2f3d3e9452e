import Dexie, { type Table, type Transaction } from 'dexie';
import type {
  CaptureDraftRow,
  CaptureEditsRow,
  CaptureRow,
  CirculationRow,
  CopyRow,
  DeviceRow,
  DocumentRow,
  MetaRow,
  OutboxRow,
  ProposalRow,
  ReceiptRow,
  ReminderRow,
  TaskRow,
  TaskUpdateRow,
  UnitRow,
} from './rows';
import { buildCopy, headOf, type DocHead } from './copies';
import { upgradeCopyMarks } from './copy-marks';
import { unitKeys } from './unit-key';
import { uuidv7 } from './uuid';

export const DB_NAME = 'circulate';

/**
 * The extension's local store (IndexedDB through Dexie), shared by the service worker and the
 * extension pages. Each schema version is kept below; a new one only ever adds a `version(n)` with
 * what changed and, when old rows need new fields, an `upgrade` function that fills them.
 */
export class CirculateDb extends Dexie {
  documents!: Table<DocumentRow, string>;
  outbox!: Table<OutboxRow, string>;
  circulations!: Table<CirculationRow, string>;
  acks!: Table<ReceiptRow, string>;
  reads!: Table<ReceiptRow, string>;
  tasks!: Table<TaskRow, string>;
  taskUpdates!: Table<TaskUpdateRow, string>;
  reminders!: Table<ReminderRow, string>;
  units!: Table<UnitRow, string>;
  meta!: Table<MetaRow, string>;
  captures!: Table<CaptureRow, string>;
  captureEdits!: Table<CaptureEditsRow, string>;
  copies!: Table<CopyRow, [string, string]>;
  drafts!: Table<CaptureDraftRow, string>;
  proposals!: Table<ProposalRow, string>;
  device!: Table<DeviceRow, string>;

  constructor(name: string = DB_NAME) {
    super(name);

    // Version 1: the records of DESIGN §4 plus the outbox and the pull cursor (meta).
    this.version(1).stores(SCHEMA_V1);

    // Version 2: units get `keys` (normalised name + aliases, multi-entry index) so a printed name
    // finds its unit with one index lookup; captures hand a page from the toolbar click to the panel.
    // Upgrade: fill `keys` for units stored by version 1.
    this.version(2)
      .stores({ units: 'id, name, *keys', captures: 'id, capturedAt' })
      .upgrade((tx) =>
        tx
          .table<UnitRow, string>('units')
          .toCollection()
          .modify((unit) => {
            unit.keys = unitKeys(unit);
          }),
      );

    // Version 3: the clerk's corrections per document, so capturing a page again keeps them.
    this.version(3).stores({ captureEdits: 'documentId, url' });

    // Version 4: `copies`, one small row per (unit, document) with the Inbox's list fields, so the
    // Inbox pages on [unitId+listedAt] (newest first) without reading any draft, and the badge
    // counts [unitId+acked] from the index. Upgrade: build the copies from the stored
    // circulations, receipts and document headers.
    this.version(4).stores(SCHEMA_V4_ADDS).upgrade(upgradeToCopies);

    // Version 5: `drafts`, the Capture form as it is typed, one per capture, so nothing typed is
    // lost to a tab switch, a closed panel or a browser restart. No upgrade: there were none before.
    this.version(5).stores({ drafts: 'captureId, url' });

    // Version 6: `device`, this device's token and enrollment, moved out of storage.local (which
    // content scripts can read) into the extension's own IndexedDB. Nothing to upgrade here: the
    // background moves an earlier storage.local enrollment once (enrollment.ts migrateLegacyEnrollment).
    this.version(6).stores({ device: 'key' });

    // Version 7: `proposals`, the units this device's unit proposed and what became of each (the
    // Capture view offers pending ones, the Sent view lists them). Aliases now travel through the
    // outbox: upgrade moves any alias still waiting in `meta` into it as a `unit.alias` mutation.
    this.version(7).stores(SCHEMA_V7_ADDS).upgrade(upgradeAliasesToOutbox);

    // Version 8: documents get [ownerUnitId+savedAt], so the Sent view reads my unit's documents
    // newest first from an index instead of scanning every document a recipient has pulled.
    // No upgrade: Dexie builds the index from the rows already stored.
    this.version(8).stores(SCHEMA_V8_CHANGES);

    // Version 9: copies carry what their Inbox item shows from other tables (the latest reminder,
    // the outbox's acknowledgement marks; copy-marks.ts), kept by the writers of those tables, so
    // opening the Inbox is one indexed read. No new index. Upgrade: fill them from the reminders
    // and the outbox.
    this.version(9).stores({}).upgrade(upgradeCopyMarks);
  }
}

/** What version 8 changes: the documents table, restated with its new index. */
export const SCHEMA_V8_CHANGES = { documents: 'id, url, contentHash, status, savedAt, [ownerUnitId+savedAt]' } as const;

/** What version 7 adds. */
export const SCHEMA_V7_ADDS = { proposals: 'id, status' } as const;

/** Where version 6 and before kept a clerk's alias choices until the service answered. */
export const LEGACY_PENDING_ALIASES = 'aliases.pending';

async function upgradeAliasesToOutbox(tx: Transaction): Promise<void> {
  const meta = tx.table<MetaRow, string>('meta');
  const row = await meta.get(LEGACY_PENDING_ALIASES);
  const list = Array.isArray(row?.value) ? (row.value as { unitId?: unknown; alias?: unknown }[]) : [];
  const at = new Date();
  const entries: OutboxRow[] = list
    .filter((p): p is { unitId: string; alias: string } => typeof p?.unitId === 'string' && typeof p?.alias === 'string' && !!p.unitId && !!p.alias.trim())
    .map((p, i) => {
      const id = uuidv7(at.getTime() + i);
      return { id, type: 'unit.alias', at: at.toISOString(), payload: { id: uuidv7(at.getTime() + i), unitId: p.unitId, alias: p.alias.trim().slice(0, 200) }, state: 'pending', tries: 0, nextAttemptAt: 0 };
    });
  if (entries.length) await tx.table<OutboxRow, string>('outbox').bulkAdd(entries);
  if (row) await meta.delete(LEGACY_PENDING_ALIASES);
}

/** What version 4 adds; kept apart so the upgrade from version 3 can be tested. */
export const SCHEMA_V4_ADDS = {
  copies: '[unitId+documentId], documentId, [unitId+listedAt], [unitId+acked]',
} as const;

async function upgradeToCopies(tx: Transaction): Promise<void> {
  const circs = await tx.table<CirculationRow, string>('circulations').toArray();
  if (circs.length === 0) return;
  const wanted = new Set(circs.map((c) => c.documentId));
  const heads = new Map<string, DocHead>();
  // Headers only: each draft is dropped as soon as its header is taken.
  await tx.table<DocumentRow, string>('documents').each((d) => {
    if (wanted.has(d.id)) heads.set(d.id, headOf(d));
  });
  const byPair = <T extends { unitId: string; documentId: string }>(rows: T[]) => {
    const m = new Map<string, T[]>();
    for (const r of rows) {
      const k = `${r.unitId}\u0000${r.documentId}`;
      m.set(k, [...(m.get(k) ?? []), r]);
    }
    return m;
  };
  const acks = byPair(await tx.table<ReceiptRow, string>('acks').toArray());
  const reads = byPair(await tx.table<ReceiptRow, string>('reads').toArray());
  const copies = [...byPair(circs)].map(([k, cs]) => buildCopy(cs, acks.get(k) ?? [], reads.get(k) ?? [], heads.get(cs[0].documentId)));
  await tx.table<CopyRow, [string, string]>('copies').bulkPut(copies);
}

/** Version 1 as it shipped; kept so the upgrade from it can be tested. */
export const SCHEMA_V1 = {
  documents: 'id, url, contentHash, status, savedAt',
  // Ids are UUIDv7, so primary-key order is creation order: the order mutations are pushed in.
  outbox: 'id, state, nextAttemptAt',
  circulations: 'id, documentId, unitId, [documentId+unitId]',
  acks: 'id, documentId, unitId, [documentId+unitId]',
  reads: 'id, documentId, unitId, [documentId+unitId]',
  tasks: 'id, documentId, leadUnitId, *coUnitIds',
  taskUpdates: 'id, taskId',
  reminders: 'id, unitId, documentId, taskId',
  units: 'id, name',
  meta: 'key',
} as const;
