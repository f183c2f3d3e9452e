import { z } from 'zod';
import { MinutesDraft } from './minutes';
import { INT4_MAX, lineText, longText } from './text';

/** Client-made ids are UUIDs (v7 from the extension); the server accepts any UUID. */
export const Id = z.uuid();
export const Role = z.enum(['clerk', 'recipient', 'supervisor', 'admin']);
export type Role = z.infer<typeof Role>;

/** 阅知 (read: copy-to recipients) or 办理 (act: units that decisions assign). */
export const CirculationKind = z.enum(['read', 'act']);
export type CirculationKind = z.infer<typeof CirculationKind>;

export const TaskUpdateKind = z.enum(['progress', 'request_close', 'close', 'return']);
export type TaskUpdateKind = z.infer<typeof TaskUpdateKind>;

const IsoTime = z.iso.datetime({ offset: true });
/** A unit id as the directory names it. */
const UnitId = lineText(200).min(1);
const Day = z.string().regex(/^\d{4}-\d{2}-\d{2}$/);

export const DocumentPut = z.object({
  id: Id,
  contentHash: lineText(128).min(8),
  url: lineText(4096),
  title: longText(1000),
  meetingDate: lineText(40).nullable().optional(),
  draft: MinutesDraft,
});
export const CirculationCreate = z.object({
  id: Id,
  documentId: Id,
  unitId: UnitId,
  kind: CirculationKind,
});
export const TaskCreate = z.object({
  id: Id,
  documentId: Id,
  decisionIndex: z.number().int().min(0).max(Math.min(INT4_MAX, 100_000)),
  text: longText(5000).min(1),
  leadUnitId: UnitId,
  coUnitIds: z.array(UnitId).max(50).default([]),
  due: longText(200).nullable().default(null),
  dueDate: Day.nullable().default(null),
});
export const AckCreate = z.object({ id: Id, documentId: Id });
export const ReadCreate = z.object({ id: Id, documentId: Id });
export const TaskUpdate = z.object({
  id: Id,
  taskId: Id,
  kind: TaskUpdateKind,
  note: longText(5000).default(''),
});
export const ReminderCreate = z.object({
  id: Id,
  unitId: UnitId,
  documentId: Id.nullable().default(null),
  taskId: Id.nullable().default(null),
  message: longText(2000).default(''),
});

/** A clerk's choice: this printed name means that unit (an active one, or one the clerk's unit proposed). */
export const UnitAlias = z.object({ id: Id, unitId: UnitId, alias: lineText(200).trim().min(1) });
/**
 * A unit the directory lacks, proposed by a clerk. The proposal's id is also the new unit's id, so
 * the document's copy for it can be circulated at once; it waits until an admin approves.
 */
export const UnitPropose = z.object({
  id: Id,
  name: lineText(200).trim().min(1),
  parentId: UnitId.nullable().default(null),
  note: longText(1000).default(''),
});

const mutation = <T extends string, P extends z.ZodType>(type: T, payload: P) =>
  z.object({ id: Id, type: z.literal(type), at: IsoTime, payload });

/** One entry of a client's outbox. `id` makes a retried push harmless; `at` is the client's time. */
export const Mutation = z.discriminatedUnion('type', [
  mutation('document.put', DocumentPut),
  mutation('circulation.create', CirculationCreate),
  mutation('task.create', TaskCreate),
  mutation('ack.create', AckCreate),
  mutation('read.create', ReadCreate),
  mutation('task.update', TaskUpdate),
  mutation('reminder.create', ReminderCreate),
  mutation('unit.alias', UnitAlias),
  mutation('unit.propose', UnitPropose),
]);
export type Mutation = z.infer<typeof Mutation>;
export type MutationType = Mutation['type'];

export const PushRequest = z.object({ mutations: z.array(Mutation).min(1).max(500) });
export type PushRequest = z.infer<typeof PushRequest>;

/**
 * What the service checks of a push before anything else: a batch of 1–500 entries, each with its own
 * id. Each entry is then checked against `Mutation` on its own, so one malformed mutation is answered
 * `rejected` (with the reason) while the others in its batch still apply.
 */
export const PushEnvelope = z.object({
  mutations: z.array(z.looseObject({ id: Id })).min(1).max(500),
});

export const PushResult = z.object({
  id: Id,
  status: z.enum(['applied', 'duplicate', 'rejected']),
  reason: z.string().optional(),
});
export type PushResult = z.infer<typeof PushResult>;
export const PushResponse = z.object({ results: z.array(PushResult) });
export type PushResponse = z.infer<typeof PushResponse>;

export const PullQuery = z.object({
  since: z.coerce.number().int().min(0).default(0),
  limit: z.coerce.number().int().min(1).max(1000).default(200),
});

/** Records as the server stores and serves them. */
export const DocumentRecord = z.object({
  id: Id,
  contentHash: z.string(),
  version: z.number().int(),
  url: z.string(),
  title: z.string(),
  meetingDate: z.string().nullable(),
  draft: MinutesDraft,
  ownerUnitId: z.string(),
  createdBy: z.string(),
  updatedAt: z.string(),
});
export type DocumentRecord = z.infer<typeof DocumentRecord>;

export const CirculationRecord = CirculationCreate.extend({ createdBy: z.string(), createdAt: z.string() });
export const AckRecord = z.object({
  id: Id, documentId: Id, unitId: z.string(), userId: z.string(), at: z.string(), serverAt: z.string(),
  /** The person's name when the receipt was made, so the circulating clerk sees who (not an id). */
  userName: z.string().optional(),
});
export const ReadRecord = AckRecord;
export const TaskRecord = TaskCreate.extend({ createdBy: z.string(), createdAt: z.string() });
export const TaskUpdateRecord = TaskUpdate.extend({
  unitId: z.string(),
  userId: z.string(),
  /** Who wrote it, by name (absent from older services). */
  userName: z.string().nullable().optional(),
  at: z.string(),
  serverAt: z.string(),
});
/** `fromUserId` null: sent by the schedule. `fromName`/`fromUnitId`: who urged (absent from older services). */
export const ReminderRecord = ReminderCreate.extend({
  fromUserId: z.string().nullable(),
  fromName: z.string().nullable().optional(),
  fromUnitId: z.string().nullable().optional(),
  at: z.string(),
});
export const UnitRecord = z.object({
  id: lineText(200),
  name: lineText(200),
  aliases: z.array(lineText(200)).max(200),
  /** The unit it belongs under (a bureau under its government), when the directory says. */
  parentId: lineText(200).optional(),
});
export type UnitRecord = z.infer<typeof UnitRecord>;

/** pending until an admin decides: approved (the unit is live), merged (into `unitId`), rejected (`reason`). */
export const ProposalStatus = z.enum(['pending', 'approved', 'merged', 'rejected']);
export type ProposalStatus = z.infer<typeof ProposalStatus>;
export const UnitProposalRecord = z.object({
  id: Id,
  name: z.string(),
  parentId: z.string().nullable(),
  note: z.string(),
  status: ProposalStatus,
  /** The unit its copies go to: itself once approved, the unit it was merged into, null otherwise. */
  unitId: z.string().nullable(),
  reason: z.string().nullable(),
  proposedBy: z.string(),
  proposerUnitId: z.string(),
  createdAt: z.string(),
  decidedBy: z.string().nullable(),
  decidedAt: z.string().nullable(),
});
export type UnitProposalRecord = z.infer<typeof UnitProposalRecord>;

/** One change in the server's sequence. `data` is the record of the named entity. */
export const Change = z.discriminatedUnion('entity', [
  z.object({ seq: z.number().int(), entity: z.literal('document'), data: DocumentRecord }),
  z.object({ seq: z.number().int(), entity: z.literal('circulation'), data: CirculationRecord }),
  z.object({ seq: z.number().int(), entity: z.literal('ack'), data: AckRecord }),
  z.object({ seq: z.number().int(), entity: z.literal('read'), data: ReadRecord }),
  z.object({ seq: z.number().int(), entity: z.literal('task'), data: TaskRecord }),
  z.object({ seq: z.number().int(), entity: z.literal('taskUpdate'), data: TaskUpdateRecord }),
  z.object({ seq: z.number().int(), entity: z.literal('reminder'), data: ReminderRecord }),
  z.object({ seq: z.number().int(), entity: z.literal('unit'), data: UnitRecord }),
  z.object({ seq: z.number().int(), entity: z.literal('unitProposal'), data: UnitProposalRecord }),
]);
export type Change = z.infer<typeof Change>;

export const PullResponse = z.object({
  changes: z.array(Change),
  cursor: z.number().int(),
  more: z.boolean(),
  /** The bureau's IANA time zone, which due dates are counted in (shared/rules). */
  timeZone: z.string().optional(),
});
export type PullResponse = z.infer<typeof PullResponse>;

export const EnrollRequest = z.object({ code: z.string().min(4).max(100), deviceName: lineText(200).trim().min(1) });
export const EnrollResponse = z.object({
  token: z.string(),
  user: z.object({ id: z.string(), role: Role, unitId: z.string() }),
});
export type EnrollResponse = z.infer<typeof EnrollResponse>;

export const ApiError = z.object({
  error: z.object({ code: z.string(), message: z.string(), issues: z.array(z.unknown()).optional() }),
});
