import { inject } from 'vitest';
import { createPostgresStorage } from '../../server/storage/postgres';
import { createPgDatabase } from './helpers';
import { feedsContract } from './feeds.contract';
import { migrationContract } from './migrations.contract';
import { queryPlanContract } from './query-plans.contract';
import { storageContract } from './storage.contract';

// A fresh database per test on the throwaway PostgreSQL server of test/setup/postgres.ts.
storageContract('postgres', async () => createPostgresStorage(await createPgDatabase(inject('pgUrl'), 'storage')));
migrationContract('postgres', async () => createPostgresStorage(await createPgDatabase(inject('pgUrl'), 'migrations')));
feedsContract('postgres', async () => createPostgresStorage(await createPgDatabase(inject('pgUrl'), 'feeds')));
queryPlanContract('postgres', async () => createPostgresStorage(await createPgDatabase(inject('pgUrl'), 'plans')));
