import Dexie, { type Table } from 'dexie';
import type {
  CaptureEditsRow,
  CaptureRow,
  CirculationRow,
  DocumentRow,
  MetaRow,
  OutboxRow,
  ReceiptRow,
  ReminderRow,
  TaskRow,
  TaskUpdateRow,
  UnitRow,
} from './rows';
import { unitKeys } from './unit-key';

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
  }
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
