import { createHmac, timingSafeEqual } from 'node:crypto';
import type { Kysely, Transaction } from 'kysely';
import { z } from 'zod';
import { AuditKeyError, createAuditKey, readAuditKey, type AuditKey } from './audit-key';
import { prepared } from './prepared';
import type { Database, Storage } from './types';

/** The table migration 0006 adds; kept here so the shared Database type stays as it is. */
export interface AuditCheckpointsTable {
  seq: number;
  hash: string;
  made_at: string;
  key_id: string;
  signature: string;
}
export type WithCheckpoints = Database & { audit_checkpoints: AuditCheckpointsTable };
export const withCheckpoints = (db: Kysely<Database>) => db.withTables<{ audit_checkpoints: AuditCheckpointsTable }>();

const FORMAT = 'circulate-audit-checkpoint/1';
const Hex64 = z.string().regex(/^[0-9a-f]{64}$/);

/** A signed checkpoint as exported (`admin audit checkpoint export`) and read back (`--checkpoint FILE`). */
export const CheckpointJson = z.object({
  format: z.literal(FORMAT),
  seq: z.number().int().min(1),
  hash: Hex64,
  madeAt: z.iso.datetime(),
  keyId: z.string().min(1).max(64),
  signature: Hex64,
});
export type Checkpoint = Omit<z.infer<typeof CheckpointJson>, 'format'>;

const message = (c: Omit<Checkpoint, 'signature'>) => `${FORMAT}\n${c.keyId}\n${c.seq}\n${c.hash}\n${c.madeAt}`;

export function signCheckpoint(key: AuditKey, head: { seq: number; hash: string }, madeAt: string): Checkpoint {
  const unsigned = { seq: head.seq, hash: head.hash, madeAt, keyId: key.id };
  return { ...unsigned, signature: createHmac('sha256', key.secret).update(message(unsigned)).digest('hex') };
}

/** Whether `key` made this checkpoint's signature: ok, another key's, or not a valid signature at all. */
export function checkSignature(key: AuditKey, c: Checkpoint): 'ok' | 'other-key' | 'bad' {
  if (c.keyId !== key.id) return 'other-key';
  const want = Buffer.from(signCheckpoint(key, c, c.madeAt).signature, 'hex');
  const got = Buffer.from(c.signature, 'hex');
  return got.length === want.length && timingSafeEqual(got, want) ? 'ok' : 'bad';
}

export const toJson = (c: Checkpoint) => ({ format: FORMAT, ...c });

const fromRow = (r: AuditCheckpointsTable): Checkpoint => ({
  seq: Number(r.seq), hash: r.hash, madeAt: r.made_at, keyId: r.key_id, signature: r.signature,
});

/** Signs the chain's current head unless a checkpoint already covers it; returns the head's checkpoint. */
export async function checkpointHead(trx: Kysely<Database> | Transaction<Database>, key: AuditKey, now: string): Promise<Checkpoint | undefined> {
  const head = await trx.selectFrom('audit').select(['seq', 'hash']).orderBy('seq', 'desc').limit(1).executeTakeFirst();
  if (!head) return undefined;
  await insertCheckpoint(trx, signCheckpoint(key, { seq: Number(head.seq), hash: head.hash }, now));
  return latestCheckpoint(trx as Kysely<Database>);
}

// Compiled once (./prepared): every write transaction runs it.
const insertCheckpointQuery = prepared(5, (db, seq, hash, madeAt, keyId, signature) =>
  withCheckpoints(db)
    .insertInto('audit_checkpoints')
    .values({ seq, hash, made_at: madeAt, key_id: keyId, signature })
    .onConflict((oc) => oc.column('seq').doNothing()),
);

/** Stores a checkpoint unless one for its entry is there already. */
async function insertCheckpoint(trx: Kysely<Database> | Transaction<Database>, c: Checkpoint): Promise<void> {
  await insertCheckpointQuery(trx as Kysely<Database>, c.seq, c.hash, c.madeAt, c.keyId, c.signature);
}

export async function latestCheckpoint(db: Kysely<Database>): Promise<Checkpoint | undefined> {
  const row = await withCheckpoints(db).selectFrom('audit_checkpoints').selectAll().orderBy('seq', 'desc').limit(1).executeTakeFirst();
  return row && fromRow(row);
}

/** Checkpoints in order of the entry they cover, a page at a time. */
export async function checkpointsAfter(db: Kysely<Database>, seq: number, limit: number): Promise<Checkpoint[]> {
  const rows = await withCheckpoints(db).selectFrom('audit_checkpoints').selectAll().where('seq', '>', seq).orderBy('seq').limit(limit).execute();
  return rows.map(fromRow);
}

/**
 * The storage, with every write transaction ending by signing the audit head it leaves (in the
 * same transaction, under the write lock), so deleting the newest entries leaves a checkpoint that
 * names them.
 */
export function withAuditCheckpoints(storage: Storage, key: AuditKey): Storage {
  return {
    get engine() {
      return storage.engine;
    },
    get db() {
      return storage.db;
    },
    migrate: () => storage.migrate(),
    close: () => storage.close(),
    listenForChanges: storage.listenForChanges?.bind(storage),
    write: (fn) =>
      storage.write(async (tx) => {
        const result = await fn(tx);
        await tx.flush();
        // The head this transaction wrote is known without reading it back; otherwise the stored
        // head is signed unless a checkpoint already covers it.
        const head = tx.auditWritten ? await tx.auditHead() : undefined;
        if (head) await insertCheckpoint(tx.db, signCheckpoint(key, head, tx.now));
        else await checkpointHead(tx.db, key, tx.now);
        return result;
      }),
  };
}

/**
 * The key for a service or admin command that writes: the one the environment names, or a new one
 * when this database has never been checkpointed. Refuses a missing or different key once it has,
 * since new checkpoints signed with another key would not verify against the old ones.
 */
export async function prepareAuditKey(storage: Storage, env: NodeJS.ProcessEnv): Promise<AuditKey> {
  const latest = await latestCheckpoint(storage.db);
  const key = readAuditKey(env);
  if (!latest) return key ?? createAuditKey(env);
  if (!key) {
    throw new AuditKeyError(
      `this database's audit checkpoints were signed with key ${latest.keyId}, but there is no audit key ` +
        `(restore the key file from its backup, or set AUDIT_KEY_FILE)`,
    );
  }
  if (key.id !== latest.keyId) {
    throw new AuditKeyError(`the audit key ${key.source} (key ${key.id}) is not the key that signed this database's checkpoints (key ${latest.keyId})`);
  }
  return key;
}
