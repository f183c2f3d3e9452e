import type { FieldName, RecipientRole } from '../../../shared/schemas';
import type { MessageKey } from '../i18n';
import type { Missing } from './manual-entry';

/** The UI label of each single-valued draft field. */
export const FIELD_LABEL: Record<string, MessageKey> = {
  title: 'fieldTitle',
  docNumber: 'fieldDocNumber',
  issuer: 'fieldIssuer',
  meetingDate: 'fieldDate',
  presider: 'fieldPresider',
};

/** The UI label of every field the draft gives a confidence for (the "check these" list). */
export const CHECK_LABEL: Record<FieldName, MessageKey> = {
  isMinutes: 'fieldIsMinutes',
  title: 'fieldTitle',
  docNumber: 'fieldDocNumber',
  issuer: 'fieldIssuer',
  meetingDate: 'fieldDate',
  presider: 'fieldPresider',
  attendees: 'fieldAttendees',
  decisions: 'fieldDecisions',
  recipients: 'fieldRecipients',
};

/** What an extraction did not find, as listed for manual entry. */
export const MISSING_LABEL: Record<Missing, MessageKey> = {
  extraction: 'missingExtraction',
  minutes: 'missingMinutes',
  title: 'missingTitle',
  meetingDate: 'missingMeetingDate',
  decisions: 'missingDecisions',
  confidence: 'missingConfidence',
};

/** A recipient's role as the UI names it. */
export const ROLE_LABEL: Record<RecipientRole, MessageKey> = {
  report: 'recipientReport',
  send: 'recipientSend',
  copy: 'recipientCopy',
  distribute: 'recipientDistribute',
};
