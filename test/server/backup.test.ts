import { randomUUID } from 'node:crypto';
import { existsSync, mkdtempSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Sqlite from 'better-sqlite3';
import { afterAll, describe, expect, it, vi } from 'vitest';
import { runAdmin } from '../../server/cli/run';
import { openAuditedStorage } from '../../server/storage/audit-open';
import type { Storage } from '../../server/storage/types';
import { pushMutations } from '../../server/sync/push';
import { ack, circulate, docPut, makeUser, seedUnits } from '../storage/helpers';
import { adminAsync } from './processes';

const dir = mkdtempSync(join(tmpdir(), 'circulate-backup-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const env = { CIRCULATE_DB: join(dir, 'live', 'circulate.db'), DATABASE_URL: '', AUDIT_KEY: '', AUDIT_KEY_FILE: '' };

/** Runs a command in this process and collects what it prints. */
async function admin(e: NodeJS.ProcessEnv, ...args: string[]) {
  const out: string[] = [];
  const err: string[] = [];
  const log = vi.spyOn(console, 'log').mockImplementation((...a) => void out.push(a.join(' ')));
  const error = vi.spyOn(console, 'error').mockImplementation((...a) => void err.push(a.join(' ')));
  try {
    const status = await runAdmin(args, e);
    return { status, stdout: out.join('\n'), stderr: err.join('\n') };
  } finally {
    log.mockRestore();
    error.mockRestore();
  }
}

const rowsOf = (file: string) => {
  const db = new Sqlite(file, { readonly: true });
  try {
    return {
      documents: db.prepare('select id, title, version from documents order by id').all(),
      acks: db.prepare('select id, unit_id from acks order by id').all(),
      audit: (db.prepare('select count(*) as n from audit').get() as { n: number }).n,
    };
  } finally {
    db.close();
  }
};

/** Writes documents (each circulated and acknowledged) until `until` settles; returns how many. */
async function writeUntil(storage: Storage, until: Promise<unknown>): Promise<number> {
  const clerk = await makeUser(storage, 'clerk', 'office');
  const reader = await makeUser(storage, 'recipient', 'forestry');
  let settled = false;
  void until.finally(() => (settled = true));
  let total = 0;
  do {
    const doc = randomUUID();
    await pushMutations(storage, clerk, [docPut(doc, `content-${total}-hash`, `Minutes ${total}`), circulate(doc, 'forestry')]);
    await pushMutations(storage, reader, [ack(doc)]);
    total++;
    // SQLite calls resolve at once: give the event loop a turn so the backup's exit is noticed.
    await new Promise((r) => setImmediate(r));
  } while (!settled);
  return total;
}

describe('backup and restore (SQLite)', () => {
  it('takes a consistent copy while the service writes, and the copy verifies', async () => {
    const storage = await openAuditedStorage(env);
    try {
      await seedUnits(storage);
      const key = join(dir, 'live', 'audit.key');
      expect(statSync(key).mode & 0o777).toBe(0o600);
      const copy = join(dir, 'copy.db');
      // The backup runs as its own process, as it would beside a running service.
      const run = adminAsync(env, 'backup', copy);
      const writes = await writeUntil(storage, run);
      const r = await run;
      expect(r.stderr).toBe('');
      expect(r.status).toBe(0);
      expect(r.stdout).toMatch(/^backed up .* to .*copy\.db: \d+ audit entries\n$/);
      expect(writes).toBeGreaterThan(0); // every one of them while the backup process ran
      expect(existsSync(copy + '-wal')).toBe(false); // one self-contained file

      // The copy is one consistent state: its audit and rows verify, and it holds a prefix of the live rows.
      // The key stays beside the live database (it is backed up separately): name it.
      const verify = await admin({ ...env, CIRCULATE_DB: copy, AUDIT_KEY_FILE: key }, 'audit', 'verify', '--verbose');
      expect(verify.stderr).toBe('');
      expect(verify.status).toBe(0);
      const copied = rowsOf(copy);
      const live = rowsOf(env.CIRCULATE_DB);
      expect(copied.audit).toBeLessThanOrEqual(live.audit);
      const liveDocs = new Map(live.documents.map((d: any) => [d.id, d]));
      for (const d of copied.documents as any[]) expect(liveDocs.get(d.id)).toEqual(d);
      expect(readdirSync(dir).filter((f) => f.includes('partial'))).toEqual([]);
    } finally {
      await storage.close();
    }
  });

  it('refuses to restore over a database in use, then restores with --force and when it is free', async () => {
    const copy = join(dir, 'copy.db');
    const copied = rowsOf(copy);
    const storage = await openAuditedStorage(env);
    try {
      await makeUser(storage, 'clerk', 'office'); // the live database moves past the copy
      const busy = await adminAsync(env, 'restore', copy);
      expect(busy.status).toBe(1);
      expect(busy.stderr).toContain('is in use (stop the service first, or restore with --force); nothing was changed');
      expect(rowsOf(env.CIRCULATE_DB).audit).toBeGreaterThan(copied.audit);

      const forced = await adminAsync(env, 'restore', copy, '--force');
      expect(forced.stderr).toBe('');
      expect(forced.status).toBe(0);
      expect(forced.stdout).toContain(`: ${copied.audit} audit entries, chain and rows verified`);
      // The open connection sees the restored database.
      const n = await storage.db.selectFrom('audit').select((eb) => eb.fn.countAll().as('n')).executeTakeFirstOrThrow();
      expect(Number(n.n)).toBe(copied.audit);
    } finally {
      await storage.close();
    }
    const again = await admin(env, 'restore', copy);
    expect(again.stderr).toBe('');
    expect(again.status).toBe(0);
    expect(again.stdout).toMatch(/the database it replaced is kept as .*before-restore-/);
    const restored = rowsOf(env.CIRCULATE_DB);
    expect(restored).toEqual(copied);
    expect((await admin(env, 'audit', 'verify')).stdout).toBe(`audit chain intact: ${copied.audit} entries`);
  });

  it('refuses a backup whose audit does not verify, and leaves the database as it was', async () => {
    const bad = join(dir, 'bad.db');
    expect((await admin(env, 'backup', bad)).status).toBe(0);
    const db = new Sqlite(bad);
    db.prepare("update acks set unit_id = 'water'").run();
    db.close();
    const before = rowsOf(env.CIRCULATE_DB);
    const r = await admin(env, 'restore', bad);
    expect(r.status).toBe(1);
    expect(r.stderr).toContain('was not restored: the tables disagree with the audit trail');
    expect(r.stderr).toMatch(/acks row .*: unit_id is "water", but the audit trail \(entry #\d+\) says "forestry"/);
    expect(rowsOf(env.CIRCULATE_DB)).toEqual(before);
  });

  it('exports a signed checkpoint and verifies against it, catching a truncation it covers', async () => {
    const exported = await admin(env, 'audit', 'checkpoint', 'export');
    expect(exported.status).toBe(0);
    const json = JSON.parse(exported.stdout);
    expect(json).toMatchObject({ format: 'circulate-audit-checkpoint/1', seq: rowsOf(env.CIRCULATE_DB).audit, keyId: expect.stringMatching(/^[0-9a-f]{16}$/) });
    const file = join(dir, 'checkpoint.json');
    writeFileSync(file, exported.stdout);
    expect((await admin(env, 'audit', 'verify', '--checkpoint', file)).status).toBe(0);

    // Someone removes the newest entries and the checkpoints that name them.
    const db = new Sqlite(env.CIRCULATE_DB);
    db.prepare('delete from audit where seq >= ?').run(json.seq - 1);
    db.prepare('delete from audit_checkpoints where seq >= ?').run(json.seq - 1);
    db.close();
    const r = await admin(env, 'audit', 'verify', '--checkpoint', file);
    expect(r.status).toBe(1);
    expect(r.stderr).toContain(`audit trail truncated: the trail ends at entry #${json.seq - 2}`);

    // A key other than the one that signed it.
    const wrong = await admin({ ...env, AUDIT_KEY: 'another key of at least thirty-two characters' }, 'audit', 'verify');
    expect(wrong.status).toBe(1);
    expect(wrong.stderr).toContain('was signed with another key');
  });

  it('answers bad input with a usage error (exit code 2) and prints help', async () => {
    for (const args of [['backup', '--help'], ['restore', '--help'], ['audit', '--help']]) {
      const r = await admin(env, ...args);
      expect(r.status).toBe(0);
      expect(r.stdout).toContain('Usage:');
    }
    const cases: [string[], string][] = [
      [['backup'], 'backup takes one FILE'],
      [['backup', 'a.db', 'b.db'], 'backup takes one FILE'],
      [['backup', join(dir, 'copy.db')], 'exists (use --force to overwrite it)'],
      [['backup', join(dir, 'nowhere', 'x.db')], 'no such folder'],
      [['restore', join(dir, 'missing.db')], 'no such file'],
      [['restore', 'x.db', '--colour'], "Unknown option '--colour'"],
      [['audit', 'verify', '--checkpoint', join(dir, 'missing.json')], 'no such file'],
      [['audit', 'checkpoint', 'frobnicate'], 'unknown audit command'],
    ];
    for (const [args, message] of cases) {
      const r = await admin(env, ...args);
      expect({ args, status: r.status }).toEqual({ args, status: 2 });
      expect(r.stderr).toContain(message);
    }
    const notJson = join(dir, 'not.json');
    writeFileSync(notJson, '{"format":"circulate-audit-checkpoint/1","seq":"x"}');
    const r = await admin(env, 'audit', 'verify', '--checkpoint', notJson);
    expect(r.status).toBe(2);
    expect(r.stderr).toContain('is not an exported audit checkpoint: seq:');
    const pg = await admin({ ...env, DATABASE_URL: 'postgres://nobody@127.0.0.1:1/x' }, 'backup', join(dir, 'pg.db'));
    expect(pg.status).toBe(2);
    expect(pg.stderr).toContain('use pg_dump / pg_restore');
  });
});
