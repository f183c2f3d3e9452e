import type { CaptureRow } from '../db';
import type { ErrorCode } from '../sync/errors';
import { t, type MessageKey } from './i18n';

/** An error the background answered by code, in the UI language. */
export function errorText(code: ErrorCode | string): string {
  const key = `err_${code.replace(/-/g, '_')}` as MessageKey;
  const text = t(key);
  return text === key ? t('err_internal') : text;
}

/**
 * The service words its refusals in English (server/sync/guards.ts and the mutation handlers);
 * each known one is said in the UI language, anything else as a plain refusal.
 */
const REASONS: [RegExp, MessageKey][] = [
  [/not circulated to your unit/i, 'reason_not_circulated'],
  [/^unknown task/i, 'reason_unknown_task'],
  [/^unknown document/i, 'reason_unknown_document'],
  [/too large/i, 'reason_too_large'],
  [/already used for a different change/i, 'reason_id_reused'],
  [/failed to apply/i, 'reason_apply_failed'],
  [/already closed|task is closed/i, 'reason_task_closed'],
  [/^only |belongs to another unit|not assigned to your unit/i, 'reason_not_allowed'],
  [/^invalid mutation/i, 'reason_invalid'],
];

export function reasonText(reason: string | undefined): string {
  const hit = reason ? REASONS.find(([re]) => re.test(reason)) : undefined;
  return t(hit ? hit[1] : 'reason_other');
}

/** Why a capture could not read its page, in the UI language. */
export function captureErrorText(code: NonNullable<CaptureRow['errorCode']>): string {
  return t(`captureErr_${code.replace(/-/g, '_')}` as MessageKey);
}
