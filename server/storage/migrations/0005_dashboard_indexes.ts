import { sql, type Kysely } from 'kysely';

// The dashboard pages read one page at a time in display order; these indexes give that order, so
// a page costs its own rows whatever the number of documents and tasks.
export async function up(db: Kysely<any>): Promise<void> {
  // Progress and matrix pages: newest documents first.
  await db.schema.createIndex('documents_updated').on('documents').columns(['updated_at', 'id']).execute();
  // Task board: by due date, undated last (the same expression as server/storage/task-board.ts).
  await db.schema.createIndex('tasks_board').on('tasks').expression(sql`coalesce(due_date, '9999-12-31'), id`).execute();
  // Last reminder of each task on the board.
  await db.schema.createIndex('reminders_task').on('reminders').columns(['task_id', 'server_at']).execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  for (const name of ['reminders_task', 'tasks_board', 'documents_updated']) await db.schema.dropIndex(name).execute();
}
