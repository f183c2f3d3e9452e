import type { Migration, MigrationProvider } from 'kysely';
import * as initial from './0001_initial';
import * as deviceRevocation from './0002_device_revocation';
import * as feeds from './0003_feeds';
import * as dashboardIndexes from './0005_dashboard_indexes';
import * as auditCheckpoints from './0006_audit_checkpoints';
import * as taskReview from './0007_task_review';
import * as accounts from './0008_accounts';

/** Every migration, by name; names sort in the order they run. Add new ones at the end. */
const migrations: Record<string, Migration> = {
  '0001_initial': initial,
  '0002_device_revocation': deviceRevocation,
  '0003_feeds': feeds,
  '0005_dashboard_indexes': dashboardIndexes,
  '0006_audit_checkpoints': auditCheckpoints,
  '0007_task_review': taskReview,
  '0008_accounts': accounts,
};

export const migrationProvider: MigrationProvider = {
  getMigrations: async () => migrations,
};
