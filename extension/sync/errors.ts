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
