import type { Kysely } from 'kysely';

// Units get their place in the directory (a parent) and a status: a unit a clerk proposed is
// `pending` until an admin approves it (`active`), merges it into another (`merged`) or rejects it
// (`rejected`); copies circulated to it meanwhile wait in its feed. The proposals keep who asked,
// the decision, who made it and why.
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema.alterTable('units').addColumn('parent_id', 'text').execute();
  await db.schema.alterTable('units').addColumn('status', 'text', (c) => c.notNull().defaultTo('active')).execute();
  await db.schema
    .createTable('unit_proposals')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('parent_id', 'text')
    .addColumn('note', 'text', (c) => c.notNull())
    .addColumn('status', 'text', (c) => c.notNull())
    .addColumn('unit_id', 'text')
    .addColumn('reason', 'text')
    .addColumn('proposed_by', 'text', (c) => c.notNull())
    .addColumn('proposer_unit_id', 'text', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('decided_by', 'text')
    .addColumn('decided_at', 'text')
    .execute();
  await db.schema.createIndex('unit_proposals_status').on('unit_proposals').columns(['status', 'created_at']).execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropTable('unit_proposals').execute();
  await db.schema.alterTable('units').dropColumn('status').execute();
  await db.schema.alterTable('units').dropColumn('parent_id').execute();
}
