import type { MessageKey } from './i18n';

/** The UI label of each single-valued draft field. */
export const FIELD_LABEL: Record<string, MessageKey> = {
  title: 'fieldTitle',
  docNumber: 'fieldDocNumber',
  issuer: 'fieldIssuer',
  meetingDate: 'fieldDate',
  presider: 'fieldPresider',
};
