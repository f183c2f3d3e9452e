import type { ColumnType } from 'kysely';

// Row shapes as stored. Times are ISO-8601 UTC strings on both engines (they sort as text), JSON
// is stored as text, and sequence numbers are plain numbers (the PostgreSQL pool parses int8).

type Json = string;
type Time = string;

export interface UnitsTable {
  id: string;
  name: string;
  aliases: Json;
  updated_at: Time;
}

export interface UsersTable {
  id: string;
  name: string;
  role: string;
  unit_id: string;
  created_at: Time;
}

export interface DevicesTable {
  id: string;
  user_id: string;
  name: string;
  token_hash: string;
  created_at: Time;
  revoked_at: Time | null;
  /** Who revoked the device (null while active, and for devices revoked before migration 0002). */
  revoked_by: ColumnType<string | null, string | null | undefined, string | null>;
}

export interface EnrollmentCodesTable {
  code_hash: string;
  role: string;
  unit_id: string;
  name: string | null;
  created_at: Time;
  expires_at: Time;
  used_at: Time | null;
  used_by: string | null;
  /** A code that resets this existing user's password (0008); null for a code that makes a new user. */
  for_user_id: ColumnType<string | null, string | null | undefined, string | null>;
}

export interface SessionsTable {
  id_hash: string;
  user_id: string;
  created_at: Time;
  expires_at: Time;
  last_seen_at: ColumnType<Time | null, Time | null | undefined, Time | null>;
  user_agent: ColumnType<string | null, string | null | undefined, string | null>;
}

/** A supervisor's or admin's password sign-in (0008): one per user, found by its folded name. */
export interface AccountsTable {
  user_id: string;
  login: string;
  password_hash: string | null;
  password_set_at: Time | null;
  failed_attempts: ColumnType<number, number | undefined, number>;
  locked_until: Time | null;
  updated_at: Time;
}

export interface DocumentsTable {
  id: string;
  content_hash: string;
  version: number;
  url: string;
  title: string;
  meeting_date: string | null;
  owner_unit_id: string;
  created_by: string;
  created_at: Time;
  updated_at: Time;
}

/**
 * Every version of a document, stored once: `data` is the record a pull serves (DocumentRecord as
 * JSON), `seq` the change it was stored under. Feeds reference it through that change.
 */
export interface DocumentVersionsTable {
  document_id: string;
  version: number;
  seq: number;
  data: Json;
  /** UTF-8 length of `data`, so a pull can bound its page before reading any data. */
  bytes: number;
}

export interface CirculationsTable {
  id: string;
  document_id: string;
  unit_id: string;
  kind: string;
  created_by: string;
  created_at: Time;
}

/** acks and reads share this shape: one row per (document, unit), the first wins. */
export interface ReceiptsTable {
  id: string;
  document_id: string;
  unit_id: string;
  user_id: string;
  at: Time;
  server_at: Time;
}

export interface TasksTable {
  id: string;
  document_id: string;
  decision_index: number;
  text: string;
  lead_unit_id: string;
  co_unit_ids: Json;
  due: string | null;
  due_date: string | null;
  created_by: string;
  created_at: Time;
}

/** Which units a task involves (lead and co-units), so visibility is a plain join. */
export interface TaskUnitsTable {
  task_id: string;
  unit_id: string;
  lead: number;
}

export interface TaskUpdatesTable {
  id: string;
  task_id: string;
  kind: string;
  note: string;
  unit_id: string;
  user_id: string;
  at: Time;
  server_at: Time;
  /** The change sequence number it was stored under: "server order" for a task's status. */
  server_seq: number;
  /** The person's name when it was written (0007; null on older rows). */
  user_name: string | null;
}

export interface RemindersTable {
  id: string;
  unit_id: string;
  document_id: string | null;
  task_id: string | null;
  message: string;
  from_user_id: string | null;
  at: Time;
  server_at: Time;
  /** Who urged, by name and unit, when a person did (0007; null from the schedule and on older rows). */
  from_name: string | null;
  from_unit_id: string | null;
}

export interface AppliedMutationsTable {
  id: string;
  type: string;
  user_id: string;
  device_id: string | null;
  status: string;
  reason: string | null;
  server_at: Time;
  /** sha-256 of the mutation's canonical content: the same id with other content is refused. */
  content_hash: ColumnType<string | null, string | null | undefined, string | null>;
}

/**
 * The global log: every change once, by sequence number (supervisors and admins read it by `seq`).
 * A document change keeps `data` as 'null' and names its `version`: the record is in document_versions.
 */
export interface ChangesTable {
  seq: number;
  entity: string;
  entity_id: string;
  data: Json;
  /** UTF-8 length of the served record. */
  bytes: number;
  version: number | null;
  server_at: Time;
}

/**
 * Per-audience feeds, read by (feed, seq) from the primary key: `*` (everyone: the directory),
 * `u:UNIT` (what a unit receives), `o:UNIT` (documents the unit owns, for its clerks). `seq` comes from
 * the global counter; `change_seq` names the change served under it (the same number, except a
 * document version delivered to a unit when it is first circulated there).
 */
export interface FeedTable {
  feed: string;
  seq: number;
  change_seq: number;
}

export interface CountersTable {
  name: string;
  value: ColumnType<number, number, number>;
}

export interface AuditTable {
  seq: number;
  actor: string;
  device: string | null;
  client_at: Time | null;
  server_at: Time;
  action: string;
  entity: string;
  entity_id: string;
  data: Json;
  prev_hash: string;
  hash: string;
}

export interface Database {
  units: UnitsTable;
  users: UsersTable;
  devices: DevicesTable;
  enrollment_codes: EnrollmentCodesTable;
  sessions: SessionsTable;
  accounts: AccountsTable;
  documents: DocumentsTable;
  circulations: CirculationsTable;
  acks: ReceiptsTable;
  reads: ReceiptsTable;
  tasks: TasksTable;
  task_units: TaskUnitsTable;
  task_updates: TaskUpdatesTable;
  reminders: RemindersTable;
  applied_mutations: AppliedMutationsTable;
  changes: ChangesTable;
  document_versions: DocumentVersionsTable;
  feed: FeedTable;
  counters: CountersTable;
  audit: AuditTable;
}
