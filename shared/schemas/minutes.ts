import { z } from 'zod';

/** Where in the linearized page text a field came from (UTF-16 offsets into `MinutesDraft.text`). */
export const SourceSpan = z.object({
  start: z.number().int().min(0),
  end: z.number().int().min(0),
  /** The exact quote, with a little context, so a changed page can re-anchor the field or flag it lost. */
  quote: z.string(),
  prefix: z.string().default(''),
  suffix: z.string().default(''),
});
export type SourceSpan = z.infer<typeof SourceSpan>;

export const RecipientRole = z.enum(['report', 'send', 'copy', 'distribute']);
export type RecipientRole = z.infer<typeof RecipientRole>;

export const Recipient = z.object({
  name: z.string().min(1),
  role: RecipientRole,
  span: SourceSpan.optional(),
});
export type Recipient = z.infer<typeof Recipient>;

/** A date as printed, normalised: YYYY-MM-DD, with XXXX for a masked or absent year. */
export const LooseDate = z.string().regex(/^(\d{4}|XXXX)-\d{2}-\d{2}$/);

export const Decision = z.object({
  text: z.string().min(1),
  assignees: z.array(z.string()),
  /** The deadline phrase as printed ("6月底前", "mid-June"), or null. */
  due: z.string().nullable(),
  dueDate: z.string().regex(/^\d{4}-\d{2}-\d{2}$/).optional(),
  span: SourceSpan.optional(),
});
export type Decision = z.infer<typeof Decision>;

export const FieldName = z.enum([
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
  reason: z.string().optional(),
  lang: z.enum(['zh', 'en']),
  title: z.string().nullable(),
  docNumber: z.string().nullable(),
  issuer: z.string().nullable(),
  meetingDate: LooseDate.nullable(),
  presider: z.string().nullable(),
  attendees: z.array(z.string()),
  /** The meeting's views (会议认为/指出/强调) and requirements (会议要求), as printed. */
  views: z.array(z.string()).default([]),
  requirements: z.array(z.string()).default([]),
  decisions: z.array(Decision),
  recipients: z.array(Recipient),
  confidence: z.number().min(0).max(1),
  fields: z.partialRecord(FieldName, FieldMeta).default({}),
  warnings: z.array(z.string()).default([]),
  /** The linearized text every span points into. */
  text: z.string().default(''),
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
