import type { CirculationKind, FieldName, MinutesDraft, MutationType, RecipientRole, SourceSpan, TaskUpdateKind } from '../../shared/schemas';

/** 'needs-manual': saved, but the extraction was unsure enough that a person should check it. */
export type DocumentStatus = 'draft' | 'saved' | 'needs-manual';

export interface DocumentRow {
  id: string;
  url: string;
  contentHash: string;
  title: string;
  meetingDate: string | null;
  draft: MinutesDraft;
  status: DocumentStatus;
  /** ISO time of the last local save (or of the server record when it came from a pull). */
  savedAt: string;
  /** The server's version once the server has the document. */
  serverVersion?: number;
  ownerUnitId?: string;
}

export type OutboxState = 'pending' | 'rejected';

export interface OutboxRow {
  /** The mutation id: a retried push of the same entry is recognised by the server. */
  id: string;
  type: MutationType;
  /** Client time the mutation was made (ISO). */
  at: string;
  payload: Record<string, unknown> & { id: string };
  state: OutboxState;
  /** The server's words when it rejected the mutation; shown to the user, never dropped. */
  reason?: string;
  tries: number;
  /** Epoch ms before which a background retry leaves this entry alone (backoff). */
  nextAttemptAt: number;
}

export interface CirculationRow {
  id: string;
  documentId: string;
  unitId: string;
  kind: CirculationKind;
  createdBy?: string;
  createdAt: string;
}

/** An acknowledgement (签收) or a read receipt: one fact per (document, unit). */
export interface ReceiptRow {
  id: string;
  documentId: string;
  unitId: string;
  userId?: string;
  /** The person's name as the service recorded it (receipts pulled from it). */
  userName?: string;
  at: string;
  serverAt?: string;
}

export interface TaskRow {
  id: string;
  documentId: string;
  decisionIndex: number;
  text: string;
  leadUnitId: string;
  coUnitIds: string[];
  due: string | null;
  dueDate: string | null;
  createdBy?: string;
  createdAt: string;
}

export interface TaskUpdateRow {
  id: string;
  taskId: string;
  kind: TaskUpdateKind;
  note: string;
  unitId: string;
  userId?: string;
  /** Who wrote it, by name, as the service recorded it. */
  userName?: string | null;
  at: string;
  serverAt?: string;
  /** The server's sequence number: a task's status is its latest update in server order. */
  seq?: number;
}

export interface ReminderRow {
  id: string;
  unitId: string;
  documentId: string | null;
  taskId: string | null;
  message: string;
  /** Null: sent by the schedule. */
  fromUserId: string | null;
  /** Who urged, by name and unit (from services that record them). */
  fromName?: string | null;
  fromUnitId?: string | null;
  at: string;
}

export interface UnitRow {
  id: string;
  name: string;
  aliases: string[];
  /** Normalised name and aliases (see unitKey), indexed so a printed name finds its unit. */
  keys: string[];
}

/**
 * One copy circulated to a unit, as the Inbox lists it: the list fields only (a few hundred bytes),
 * kept apart from the full draft in `documents`, which is read when the copy is opened. Rebuilt from
 * circulations, acknowledgements, read receipts and the document's header in the same transaction
 * as any write to those (see copies.ts). Keyed by [unitId+documentId].
 */
export interface CopyRow {
  unitId: string;
  documentId: string;
  /** 'act' when any circulation of the document to the unit says so. */
  kind: CirculationKind;
  /** The earliest circulation of the document to the unit. */
  circulatedAt: string;
  /**
   * `circulatedAt` once the document itself is here, absent before: the Inbox pages on the index
   * [unitId+listedAt], and a row without it is not in that index.
   */
  listedAt?: string;
  title?: string;
  meetingDate?: string | null;
  docNumber?: string | null;
  /** 1 when the unit has a read receipt (numbers, because IndexedDB cannot index booleans). */
  read: 0 | 1;
  /** 1 when the unit has an acknowledgement: the badge counts [unitId+acked] = [unit, 0]. */
  acked: 0 | 1;
  /** The acknowledgements' ids, to tell one the service refused (outbox) from one that counts. */
  ackIds: string[];
  /*
   * What the item shows from other tables, kept here by their writers (copy-marks.ts, schema
   * version 9) so the Inbox reads nothing but these rows.
   */
  /** The latest reminder (催办) to the unit about the document. */
  reminder?: ReminderRow;
  /** The newest acknowledgement of the document in this device's outbox: 待发送, or refused with the reason. */
  ackMark?: { state: OutboxState; reason?: string };
  /** Acknowledgements of it the service refused (outbox entries marked so): id → the service's reason. */
  ackRefusals?: Record<string, string>;
}

export interface MetaRow {
  key: string;
  value: unknown;
}

/** This device's token and enrollment (profile.ts), one row per key. */
export interface DeviceRow {
  key: string;
  value: unknown;
}

/** What one click on the toolbar button captured from a page. */
export interface CaptureRow {
  id: string;
  capturedAt: string;
  url: string;
  pageTitle: string;
  /** The tab it was captured in, to show there where each field came from. */
  tabId?: number;
  /** Null when the page could not be read at all (see `error`). */
  draft: MinutesDraft | null;
  error?: string;
  /** Why the page could not be read, for the UI to say in its language (background/capture-errors.ts). */
  errorCode?: 'restricted' | 'no-access' | 'no-tab' | 'unreadable';
  /** The page's text when there is no draft (the extraction failed), kept for manual entry. */
  text?: string;
}

/** The clerk's corrections to a document's extraction, put back when its page is captured again. */
export interface CaptureEditsRow {
  documentId: string;
  url: string;
  edits: FieldEdit[];
  savedAt: string;
}

/**
 * The clerk's corrections to one page's extraction, kept per field so that capturing the page again
 * can put them back — where the place they corrected is still there.
 */
export const SCALAR_FIELDS = ['title', 'meetingDate', 'docNumber', 'issuer', 'presider'] as const;
export type ScalarField = (typeof SCALAR_FIELDS)[number];

export type FieldEdit =
  /** A single field: what the extractor read (`from`, at `quote`), what the clerk made of it. */
  | { kind: 'field'; field: ScalarField; from: string; to: string; quote?: SourceSpan }
  /** A decision found by the text the extractor read; `to` null: the clerk removed it. */
  | { kind: 'decision'; anchor: string; to: { text: string; due: string; dueDate?: string; assignees: { name: string; unitId?: string }[] } | null }
  /** The recipient list as a whole, tied to the list the extractor read. */
  | { kind: 'recipients'; from: { name: string; role: RecipientRole }[]; to: { name: string; role: RecipientRole; unitId?: string }[] };

/*
 * The Capture view's editable copy of a draft. It is stored as it is typed (CaptureDraftRow), so
 * its shape lives with the rows.
 */
/** A name as printed plus the directory unit it stands for: `unitId` undefined = matched automatically. */
export interface Mapped {
  name: string;
  unitId?: string;
}

export interface DecisionForm {
  text: string;
  /** The deadline phrase as printed ("6月底前"). */
  due: string;
  /** The date it stands for (YYYY-MM-DD): the extractor's reading, confirmed or set by the clerk. */
  dueDate?: string;
  /** The due date as the clerk typed it, when typed (any form shared/dates/parse reads). */
  dueDateText?: string;
  assignees: Mapped[];
  /** Where the extractor found it, kept so the saved draft still points into the page text. */
  span?: SourceSpan;
  /** Its index in the extractor's draft (none for a decision the clerk added). */
  origin?: number;
}

export interface RecipientForm extends Mapped {
  role: RecipientRole;
  span?: SourceSpan;
}

/** The Capture view's editable copy of a draft. */
export interface CaptureForm {
  title: string;
  meetingDate: string;
  docNumber: string;
  issuer: string;
  presider: string;
  decisions: DecisionForm[];
  recipients: RecipientForm[];
}

/**
 * The form as the clerk left it, kept as it is typed so that switching tabs, closing the panel or
 * restarting the browser loses nothing. One per capture; `byHand`: the clerk chose to enter a page
 * by hand that the extractor said is not minutes.
 */
export interface CaptureDraftRow {
  captureId: string;
  url: string;
  form: CaptureForm;
  /** Low-confidence fields the clerk confirmed as read. */
  confirmed: FieldName[];
  byHand?: boolean;
  updatedAt: string;
}

/**
 * A unit this device's unit proposed (its record as the service keeps it, from the pull), or one
 * proposed here and not yet pushed. Pending ones are offered in the Capture view like units, so
 * copies can be circulated to them at once; the Sent view shows what became of each.
 */
export interface ProposalRow {
  id: string;
  name: string;
  parentId: string | null;
  note: string;
  status: 'pending' | 'approved' | 'merged' | 'rejected';
  unitId: string | null;
  reason: string | null;
  proposedBy?: string;
  proposerUnitId?: string;
  createdAt: string;
  decidedBy?: string | null;
  decidedAt?: string | null;
}
