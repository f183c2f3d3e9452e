import { createHash, randomUUID } from 'node:crypto';
import pg from 'pg';
import { Mutation, type MutationType, type Role } from '../../shared/schemas';
import type { Storage } from '../../server/storage/types';
import { createEnrollmentCode, redeemEnrollmentCode, type Principal } from '../../server/storage/users';
import { upsertUnits } from '../../server/storage/units';

export const sha = (s: string) => createHash('sha256').update(s).digest('hex');
const inDays = (d: number) => new Date(Date.now() + d * 86_400_000).toISOString();

export const UNITS = [
  { id: 'office', name: 'Issuing Office', aliases: ['办公室'] },
  { id: 'forestry', name: 'Forestry Bureau', aliases: ['林业局', 'the forestry bureau'] },
  { id: 'water', name: 'Water Bureau', aliases: ['水务局'] },
  { id: 'bureau', name: 'Supervision Office', aliases: ['督查室'] },
];

export async function seedUnits(storage: Storage) {
  await storage.write((tx) => upsertUnits(tx, UNITS, 'test'));
}

/** A user of `role` in `unitId`, made the way enrollment makes one. */
export async function makeUser(storage: Storage, role: Role, unitId: string): Promise<Principal> {
  const codeHash = sha(randomUUID());
  return storage.write(async (tx) => {
    await createEnrollmentCode(tx, { codeHash, role, unitId, expiresAt: inDays(1) }, 'test');
    const r = await redeemEnrollmentCode(tx, codeHash);
    if (!r.ok) throw new Error('could not redeem a fresh code');
    return r.user;
  });
}

export const draft = (title = 'Minutes') => ({
  isMinutes: true,
  lang: 'zh' as const,
  title,
  docNumber: null,
  issuer: null,
  meetingDate: null,
  presider: null,
  attendees: [],
  decisions: [],
  recipients: [],
  confidence: 0.9,
});

/** A mutation of `type` with `payload`, validated (and defaulted) by the shared schema. */
export function mutation(type: MutationType, payload: Record<string, unknown>, id: string = randomUUID()): Mutation {
  return Mutation.parse({ id, type, at: new Date().toISOString(), payload });
}

export const docPut = (id: string, hash = 'hash-0001', title = 'Minutes', mutationId: string = randomUUID()) =>
  mutation('document.put', { id, contentHash: hash, url: 'https://oa.example/doc', title, draft: draft(title) }, mutationId);
export const circulate = (documentId: string, unitId: string, kind = 'read') =>
  mutation('circulation.create', { id: randomUUID(), documentId, unitId, kind });
export const ack = (documentId: string) => mutation('ack.create', { id: randomUUID(), documentId });
export const read = (documentId: string) => mutation('read.create', { id: randomUUID(), documentId });

/** A fresh, empty PostgreSQL database on the test server; returns its URL. */
export async function createPgDatabase(adminUrl: string, prefix: string): Promise<string> {
  const name = `${prefix}_${randomUUID().replace(/-/g, '').slice(0, 12)}`;
  const client = new pg.Client({ connectionString: adminUrl });
  await client.connect();
  try {
    await client.query(`CREATE DATABASE ${name}`);
  } finally {
    await client.end();
  }
  const url = new URL(adminUrl);
  url.pathname = `/${name}`;
  return url.toString();
}
