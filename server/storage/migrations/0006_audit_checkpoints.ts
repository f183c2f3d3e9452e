import type { Kysely } from 'kysely';

// Signed checkpoints of the audit chain's head (see server/storage/audit-checkpoint.ts), and an
// index to find every audit entry of one entity when the tables are checked against the trail.
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable('audit_checkpoints')
    .addColumn('seq', 'bigint', (c) => c.primaryKey())
    .addColumn('hash', 'text', (c) => c.notNull())
    .addColumn('made_at', 'text', (c) => c.notNull())
    .addColumn('key_id', 'text', (c) => c.notNull())
    .addColumn('signature', 'text', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('audit_entity').on('audit').columns(['entity', 'entity_id', 'seq']).execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropIndex('audit_entity').execute();
  await db.schema.dropTable('audit_checkpoints').execute();
}
