export { enqueue, pendingEntries, retryRejected, WRITE_TABLES, type MutationInput } from './outbox';
export { aliasMutations, rememberAliases, type AliasChoice } from './aliases';
export type { Actor } from './local-apply';
export { push, type PushSummary } from './push';
export { pull, type PullSummary } from './pull';
export { SyncEngine, type SyncErrorInfo, type SyncOutcome } from './engine';
export { AuthError, NetworkError, ProtocolError } from './errors';
export { backoffDelay } from './backoff';
export { requestJson, serverBase, type Connection } from './http';
