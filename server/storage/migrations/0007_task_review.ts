import { PostgresAdapter, sql, type Kysely } from 'kysely';

// Review and reminders with words: who reported or reviewed a task and who urged a unit are kept by
// name as well as by id (a recipient's device knows no user list), reminders are counted per task
// and unit for escalation, and on PostgreSQL every committed change is announced on a channel so
// each service instance's one watcher hears changes made through the others.
export const CHANGES_CHANNEL = 'circulate_changes';

const isPostgres = (db: Kysely<any>) => db.getExecutor().adapter instanceof PostgresAdapter;

export async function up(db: Kysely<any>): Promise<void> {
  await db.schema.alterTable('task_updates').addColumn('user_name', 'text').execute();
  await db.schema.alterTable('reminders').addColumn('from_name', 'text').execute();
  await db.schema.alterTable('reminders').addColumn('from_unit_id', 'text').execute();
  await db.schema.createIndex('reminders_task_unit').on('reminders').columns(['task_id', 'unit_id']).execute();
  if (isPostgres(db)) {
    // NOTIFY is delivered at commit, once per transaction for the same payload: a statement-level
    // trigger with no payload announces "something changed" exactly when it can be read.
    await sql`create or replace function circulate_notify_changes() returns trigger language plpgsql as $$
      begin perform pg_notify(${sql.lit(CHANGES_CHANNEL)}, ''); return null; end $$`.execute(db);
    await sql`create trigger changes_notify after insert on changes for each statement execute function circulate_notify_changes()`.execute(db);
  }
}

export async function down(db: Kysely<any>): Promise<void> {
  if (isPostgres(db)) {
    await sql`drop trigger if exists changes_notify on changes`.execute(db);
    await sql`drop function if exists circulate_notify_changes()`.execute(db);
  }
  await db.schema.dropIndex('reminders_task_unit').execute();
  await db.schema.alterTable('reminders').dropColumn('from_unit_id').execute();
  await db.schema.alterTable('reminders').dropColumn('from_name').execute();
  await db.schema.alterTable('task_updates').dropColumn('user_name').execute();
}
