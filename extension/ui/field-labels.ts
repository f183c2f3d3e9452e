import type { FieldName } from '../../shared/schemas';
import type { MessageKey } from './i18n';

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
  title: 'fieldTitle',
  docNumber: 'fieldDocNumber',
  issuer: 'fieldIssuer',
  meetingDate: 'fieldDate',
  presider: 'fieldPresider',
  attendees: 'fieldAttendees',
  decisions: 'fieldDecisions',
  recipients: 'fieldRecipients',
};
