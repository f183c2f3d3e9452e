import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll } from 'vitest';
import { createSqliteStorage } from '../../server/storage/sqlite';
import { feedsContract } from './feeds.contract';
import { migrationContract } from './migrations.contract';
import { queryPlanContract } from './query-plans.contract';
import { storageContract } from './storage.contract';

const dir = mkdtempSync(join(tmpdir(), 'circulate-sqlite-'));
let n = 0;
afterAll(() => rmSync(dir, { recursive: true, force: true }));

// A real file in WAL mode, a fresh one (in a folder not yet made) per test.
storageContract('sqlite', async () => createSqliteStorage(join(dir, `t${++n}`, 'circulate.db')));
migrationContract('sqlite', async () => createSqliteStorage(join(dir, `t${++n}`, 'circulate.db')));
feedsContract('sqlite', async () => createSqliteStorage(join(dir, `t${++n}`, 'circulate.db')));
queryPlanContract('sqlite', async () => createSqliteStorage(join(dir, `t${++n}`, 'circulate.db')));
