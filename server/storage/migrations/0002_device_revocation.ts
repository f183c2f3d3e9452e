import type { Kysely } from 'kysely';

// Devices are revoked one at a time (admin devices revoke): who revoked one is kept beside when,
// and a user's devices are listed by user.
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema.alterTable('devices').addColumn('revoked_by', 'text').execute();
  await db.schema.createIndex('devices_user').on('devices').column('user_id').execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropIndex('devices_user').execute();
  await db.schema.alterTable('devices').dropColumn('revoked_by').execute();
}
