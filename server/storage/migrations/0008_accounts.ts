import type { Kysely } from 'kysely';

// Passwords for supervisors and admins (sign-in by name), per-account lockout, sessions that can be
// listed (when each was last used, from which browser), and codes that reset an existing account's
// password. Also the indexes the document list's filters and the 通报 report read by.
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable('accounts')
    .addColumn('user_id', 'text', (c) => c.primaryKey())
    // The sign-in name, folded (trimmed, lower case): one account per name.
    .addColumn('login', 'text', (c) => c.notNull().unique())
    // `scrypt$N$r$p$salt$hash` (base64url): the parameters are kept beside each hash.
    .addColumn('password_hash', 'text')
    .addColumn('password_set_at', 'text')
    .addColumn('failed_attempts', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('locked_until', 'text')
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema.alterTable('sessions').addColumn('last_seen_at', 'text').execute();
  await db.schema.alterTable('sessions').addColumn('user_agent', 'text').execute();
  await db.schema.createIndex('sessions_user').on('sessions').columns(['user_id', 'created_at']).execute();
  // A code made to reset an existing user's password signs in as that user instead of creating one.
  await db.schema.alterTable('enrollment_codes').addColumn('for_user_id', 'text').execute();
  // Document list filters: by issuer, and circulations by unit, in display order.
  await db.schema.createIndex('documents_owner_updated').on('documents').columns(['owner_unit_id', 'updated_at', 'id']).execute();
  await db.schema.createIndex('circulations_unit_doc').on('circulations').columns(['unit_id', 'document_id']).execute();
  // The 通报 report reads a period's circulations and reminders by time.
  await db.schema.createIndex('circulations_created').on('circulations').columns(['created_at']).execute();
  await db.schema.createIndex('reminders_server_at').on('reminders').columns(['server_at']).execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropIndex('reminders_server_at').execute();
  await db.schema.dropIndex('circulations_created').execute();
  await db.schema.dropIndex('circulations_unit_doc').execute();
  await db.schema.dropIndex('documents_owner_updated').execute();
  await db.schema.alterTable('enrollment_codes').dropColumn('for_user_id').execute();
  await db.schema.dropIndex('sessions_user').execute();
  await db.schema.alterTable('sessions').dropColumn('user_agent').execute();
  await db.schema.alterTable('sessions').dropColumn('last_seen_at').execute();
  await db.schema.dropTable('accounts').execute();
}
