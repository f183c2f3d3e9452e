import { z } from 'zod';

// Bounds: finite but above anything the extractor makes of a hostile page (it reads pages of tens of
// megabytes whole). What the service stores is held by its own byte limit per document
// (MAX_DOCUMENT_BYTES); these only keep a draft from growing without end.
const SHORT = 32_000_000;
const LONG = 32_000_000;
const LIST = 1_000_000;
const MAX_OFFSET = 2_147_483_647;

/** Where in the linearized page text a field came from (UTF-16 offsets into `MinutesDraft.text`). */
export const SourceSpan = z.object({
  start: z.number().int().min(0).max(MAX_OFFSET),
  end: z.number().int().min(0).max(MAX_OFFSET),
  /** The exact quote, with a little context, so a changed page can re-anchor the field or flag it lost. */
  quote: z.string().max(LONG),
  prefix: z.string().max(SHORT).default(''),
  suffix: z.string().max(SHORT).default(''),
});
export type SourceSpan = z.infer<typeof SourceSpan>;

export const RecipientRole = z.enum(['report', 'send', 'copy', 'distribute']);
export type RecipientRole = z.infer<typeof RecipientRole>;

export const Recipient = z.object({
  name: z.string().min(1).max(SHORT),
  role: RecipientRole,
  span: SourceSpan.optional(),
});
export type Recipient = z.infer<typeof Recipient>;

/** A date as printed, normalised: YYYY-MM-DD, with XXXX for a masked or absent year. */
export const LooseDate = z.string().regex(/^(\d{4}|XXXX)-\d{2}-\d{2}$/);

export const Decision = z.object({
  text: z.string().min(1).max(LONG),
  assignees: z.array(z.string().max(SHORT)).max(LIST),
  /** The deadline phrase as printed ("6月底前", "mid-June"), or null. */
  due: z.string().max(SHORT).nullable(),
  dueDate: z.string().regex(/^\d{4}-\d{2}-\d{2}$/).optional(),
  span: SourceSpan.optional(),
});
export type Decision = z.infer<typeof Decision>;

export const FieldName = z.enum([
  // Whether the page is minutes at all: a record without a minutes title is read as one at a low confidence.
  'isMinutes',
  'title',
  'docNumber',
  'issuer',
  'meetingDate',
  'presider',
  'attendees',
  'decisions',
  'recipients',
]);
export type FieldName = z.infer<typeof FieldName>;

export const FieldMeta = z.object({
  confidence: z.number().min(0).max(1),
  span: SourceSpan.optional(),
});

/** The extractor's result: what the clerk reviews and corrects before saving. */
export const MinutesDraft = z.object({
  isMinutes: z.boolean(),
  /** Why the page is not minutes (when isMinutes is false), in plain words. */
  reason: z.string().max(LONG).optional(),
  lang: z.enum(['zh', 'en']),
  title: z.string().max(LONG).nullable(),
  docNumber: z.string().max(SHORT).nullable(),
  issuer: z.string().max(LONG).nullable(),
  meetingDate: LooseDate.nullable(),
  presider: z.string().max(SHORT).nullable(),
  attendees: z.array(z.string().max(SHORT)).max(LIST),
  /** The meeting's views (会议认为/指出/强调) and requirements (会议要求), as printed. */
  views: z.array(z.string().max(LONG)).max(LIST).default([]),
  requirements: z.array(z.string().max(LONG)).max(LIST).default([]),
  decisions: z.array(Decision).max(LIST),
  recipients: z.array(Recipient).max(LIST),
  confidence: z.number().min(0).max(1),
  fields: z.partialRecord(FieldName, FieldMeta).default({}),
  warnings: z.array(z.string().max(LONG)).max(LIST).default([]),
  /** The linearized text every span points into. */
  text: z.string().max(MAX_OFFSET).default(''),
});
export type MinutesDraft = z.infer<typeof MinutesDraft>;

/** A record with nothing found: the start of a page judged not minutes, or of manual entry. */
export function emptyDraft(over: Partial<MinutesDraft> & Pick<MinutesDraft, 'isMinutes' | 'lang'>): MinutesDraft {
  return {
    title: null,
    docNumber: null,
    issuer: null,
    meetingDate: null,
    presider: null,
    attendees: [],
    views: [],
    requirements: [],
    decisions: [],
    recipients: [],
    confidence: 0,
    fields: {},
    warnings: [],
    text: '',
    ...over,
  };
}
