/** The service no longer knows this device's token: the user must enroll again. */
export class AuthError extends Error {
  readonly code = 'auth';
}

/** The service could not be reached or answered 429/5xx: worth retrying later. */
export class NetworkError extends Error {
  readonly code = 'network';
}

/** The service answered something this client cannot use. */
export class ProtocolError extends Error {
  readonly code = 'protocol';
}

export type SyncErrorCode = 'auth' | 'network' | 'protocol' | 'not-enrolled';

/**
 * Every error the background reports to a page, by code; the page words it in the UI language
 * (ui/error-text.ts). The English `message` of an Error stays in the console, never in the UI.
 */
export const ERROR_CODES = [
  'auth',
  'network',
  'protocol',
  'not-enrolled',
  'forbidden',
  'invalid-message',
  'no-answer',
  'bad-url',
  'insecure-url',
  'code-refused',
  'unreachable',
  'enroll-refused',
  'bad-answer',
  'internal',
] as const;
export type ErrorCode = (typeof ERROR_CODES)[number];

export function isErrorCode(v: unknown): v is ErrorCode {
  return typeof v === 'string' && (ERROR_CODES as readonly string[]).includes(v);
}
