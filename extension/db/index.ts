import { CirculateDb } from './database';

export { CirculateDb, DB_NAME } from './database';
export type * from './rows';
export { uuidv7 } from './uuid';
export { matchUnit, unitKey, unitKeys } from './unit-key';
export { getMeta, setMeta, META } from './meta';
export * from './queries';
export { inboxPageAhead, watchInboxAhead, watchInboxPage } from './inbox-watch';
export { bureauTimeZoneOf, dueState } from './due';
export { tasksToShow, type ListedTask, type TaskRole } from './task-list';
export { bulkGetSpanned, pairSpan, rowsInSpan, SPAN_MIN, spanLimit, spanOf } from './span';
export { ackDocumentIds, noteReminders, refreshOutboxMarks } from './copy-marks';
export { buildCopy, copyKey, headOf, refreshCopies, refreshHeads, type CopyKey, type DocHead } from './copies';

/** The one database every extension context opens. */
export const db = new CirculateDb();
