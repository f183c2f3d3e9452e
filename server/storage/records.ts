import type { Selectable } from 'kysely';
import type {
  AckRecord, CirculationRecord, DocumentRecord, ReminderRecord, TaskRecord, TaskUpdateRecord, UnitRecord,
} from '../../shared/schemas';
import type { z } from 'zod';
import type { Database } from './tables';

// Stored rows → the records the protocol serves (shared/schemas/sync.ts).

type Row<T extends keyof Database> = Selectable<Database[T]>;

export const unitRecord = (r: Row<'units'>): UnitRecord => ({ id: r.id, name: r.name, aliases: JSON.parse(r.aliases) });

/** A document's row and its draft (kept with each version, not in the row) → the served record. */
export const documentRecord = (r: Row<'documents'>, draft: DocumentRecord['draft']): DocumentRecord => ({
  id: r.id,
  contentHash: r.content_hash,
  version: Number(r.version),
  url: r.url,
  title: r.title,
  meetingDate: r.meeting_date,
  draft,
  ownerUnitId: r.owner_unit_id,
  createdBy: r.created_by,
  updatedAt: r.updated_at,
});

export const circulationRecord = (r: Row<'circulations'>): z.infer<typeof CirculationRecord> => ({
  id: r.id,
  documentId: r.document_id,
  unitId: r.unit_id,
  kind: r.kind as 'read' | 'act',
  createdBy: r.created_by,
  createdAt: r.created_at,
});

export const receiptRecord = (r: Row<'acks'>): z.infer<typeof AckRecord> => ({
  id: r.id,
  documentId: r.document_id,
  unitId: r.unit_id,
  userId: r.user_id,
  at: r.at,
  serverAt: r.server_at,
});

export const taskRecord = (r: Row<'tasks'>): z.infer<typeof TaskRecord> => ({
  id: r.id,
  documentId: r.document_id,
  decisionIndex: Number(r.decision_index),
  text: r.text,
  leadUnitId: r.lead_unit_id,
  coUnitIds: JSON.parse(r.co_unit_ids),
  due: r.due,
  dueDate: r.due_date,
  createdBy: r.created_by,
  createdAt: r.created_at,
});

export const taskUpdateRecord = (r: Row<'task_updates'>): z.infer<typeof TaskUpdateRecord> => ({
  id: r.id,
  taskId: r.task_id,
  kind: r.kind as z.infer<typeof TaskUpdateRecord>['kind'],
  note: r.note,
  unitId: r.unit_id,
  userId: r.user_id,
  userName: r.user_name ?? null,
  at: r.at,
  serverAt: r.server_at,
});

export const reminderRecord = (r: Row<'reminders'>): z.infer<typeof ReminderRecord> => ({
  id: r.id,
  unitId: r.unit_id,
  documentId: r.document_id,
  taskId: r.task_id,
  message: r.message,
  fromUserId: r.from_user_id,
  fromName: r.from_name ?? null,
  fromUnitId: r.from_unit_id ?? null,
  at: r.at,
});
