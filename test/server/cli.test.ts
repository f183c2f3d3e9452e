import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Sqlite from 'better-sqlite3';
import { afterAll, describe, expect, it, vi } from 'vitest';
import { runAdmin } from '../../server/cli/run';
import { admin as adminProcess } from './processes';

const dir = mkdtempSync(join(tmpdir(), 'circulate-cli-'));
const env = { CIRCULATE_DB: join(dir, 'nested', 'circulate.db'), DATABASE_URL: '' };
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** Runs a command in this process (fast); the last test runs the real CLI as a process. */
async function admin(e: NodeJS.ProcessEnv, ...args: string[]) {
  const out: string[] = [];
  const err: string[] = [];
  const log = vi.spyOn(console, 'log').mockImplementation((...a) => void out.push(a.join(' ')));
  const error = vi.spyOn(console, 'error').mockImplementation((...a) => void err.push(a.join(' ')));
  try {
    const status = await runAdmin(args, e);
    return { status, stdout: out.map((l) => l + '\n').join(''), stderr: err.map((l) => l + '\n').join('') };
  } finally {
    log.mockRestore();
    error.mockRestore();
  }
}

const csv = (name: string, text: string) => {
  const p = join(dir, name);
  writeFileSync(p, text);
  return p;
};

// One database through the whole file: each step builds on the one before.
describe('admin CLI', () => {
  it('prints help for every command', async () => {
    for (const args of [['--help'], ['units', '--help'], ['enroll', '--help'], ['users', '--help'], ['devices', '--help'], ['audit', '--help'], ['backup', '--help'], ['restore', '--help']]) {
      const r = await admin(env, ...args);
      expect({ args, status: r.status }).toEqual({ args, status: 0 });
      expect(r.stdout).toContain('Usage:');
    }
  });

  it('imports units from CSV, and a re-import updates without duplicating', async () => {
    const file = csv('units.csv', 'id,name,aliases\nforestry,Forestry Bureau,林业局|"the forestry bureau"\n"water","Water Bureau, County",水务局\n');
    expect((await admin(env, 'units', 'import', file)).stdout).toContain('2 created, 0 updated, 0 unchanged');
    const again = csv('units2.csv', 'id,name,aliases\r\nforestry,Forestry Bureau,林业局|the forestry bureau|森林\r\nwater,"Water Bureau, County",水务局\r\n');
    expect((await admin(env, 'units', 'import', again)).stdout).toContain('0 created, 1 updated, 1 unchanged');
    const list = (await admin(env, 'units', 'list')).stdout.trim().split('\n');
    expect(list).toEqual(['id\tname\tparent\taliases', 'forestry\tForestry Bureau\t\t林业局|the forestry bureau|森林', 'water\tWater Bureau, County\t\t水务局']);
  });

  it('adds and removes unit aliases by unit id or name', async () => {
    const add = await admin(env, 'units', 'alias', 'add', 'Forestry Bureau', '县林业局');
    expect(add.status).toBe(0);
    expect(add.stdout).toContain('forestry: added "县林业局"');
    expect((await admin(env, 'units', 'alias', 'add', 'forestry', '县 林业局')).stdout).toContain('already has');
    const taken = await admin(env, 'units', 'alias', 'add', 'water', '林业局');
    expect(taken.status).toBe(1);
    expect(taken.stderr).toContain('already names unit "forestry"');
    expect((await admin(env, 'units', 'alias', 'remove', 'forestry', '县林业局')).stdout).toContain('removed "县林业局"');
    expect((await admin(env, 'units', 'alias', 'remove', 'forestry', '县林业局')).stdout).toContain('has no alias');
    expect((await admin(env, 'units', 'alias', 'add', 'atlantis', 'x')).status).toBe(1);
    expect((await admin(env, 'units', 'alias', 'add', 'forestry')).status).toBe(2);
    expect((await admin(env, 'units', 'list')).stdout).toContain('forestry\tForestry Bureau\t\t林业局|the forestry bureau|森林\n');
  });

  it('refuses a bad CSV, naming the line', async () => {
    const r = await admin(env, 'units', 'import', csv('bad.csv', 'id,name,aliases\nok,Fine,\n,No id,\n'));
    expect(r.status).toBe(1);
    expect(r.stderr).toContain('line 3');
    expect((await admin(env, 'units', 'import', join(dir, 'missing.csv'))).stderr).toContain('no such file');
  });

  it('makes an enrollment code and prints it alone on the last line', async () => {
    const r = await admin(env, 'enroll', '--unit', '林业局', '--role', 'recipient', '--name', 'Ms Wang');
    expect(r.status).toBe(0);
    const last = r.stdout.trim().split('\n').pop();
    expect(last).toMatch(/^[A-Z2-9]{4}-[A-Z2-9]{4}-[A-Z2-9]{4}-[A-Z2-9]{4}$/);
    const db = new Sqlite(env.CIRCULATE_DB, { readonly: true });
    const rows = db.prepare('select code_hash, role, unit_id, name, expires_at from enrollment_codes').all() as any[];
    db.close();
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({ role: 'recipient', unit_id: 'forestry', name: 'Ms Wang' });
    expect(rows[0].code_hash).not.toContain(last!.replace(/-/g, ''));
    const days = (Date.parse(rows[0].expires_at) - Date.now()) / 86_400_000;
    expect(days).toBeGreaterThan(6.9);
    expect(days).toBeLessThanOrEqual(7);
  });

  it('fails clearly on a bad unit, role or option', async () => {
    const unit = await admin(env, 'enroll', '--unit', 'atlantis', '--role', 'clerk');
    expect(unit.status).toBe(1);
    expect(unit.stderr).toContain('unknown unit "atlantis"');
    const role = await admin(env, 'enroll', '--unit', 'water', '--role', 'king');
    expect(role.status).toBe(2);
    expect(role.stderr).toContain('unknown role "king"');
    expect((await admin(env, 'enroll', '--unit', 'water')).status).toBe(2);
    expect((await admin(env, 'enroll', '--unit', 'water', '--role', 'clerk', '--colour', 'red')).status).toBe(2);
    expect((await admin(env, 'frobnicate')).status).toBe(2);
  });

  it('runs as a process: code on the last line, exit status on failure', () => {
    const ok = adminProcess(env, 'enroll', '--unit', 'water', '--role', 'clerk');
    expect(ok.status).toBe(0);
    expect(ok.stdout.trim().split('\n').pop()).toMatch(/^[A-Z2-9]{4}(-[A-Z2-9]{4}){3}$/);
    const bad = adminProcess(env, 'enroll', '--unit', 'atlantis', '--role', 'clerk');
    expect(bad.status).toBe(1);
    expect(bad.stderr).toContain('unknown unit');
  });

  it('lists users and revokes one', async () => {
    const db = new Sqlite(env.CIRCULATE_DB);
    db.prepare("insert into users (id, name, role, unit_id, created_at) values ('u-1', 'Mr Zhao', 'clerk', 'water', '2026-01-01T00:00:00.000Z')").run();
    db.prepare("insert into devices (id, user_id, name, token_hash, created_at) values ('d-1', 'u-1', 'pc', 'h', '2026-01-01T00:00:00.000Z')").run();
    db.close();
    const r = await admin(env, 'users', 'list');
    expect(r.status).toBe(0);
    const lines = r.stdout.trim().split('\n');
    expect(lines[0]).toBe('id\tname\trole\tunit\tdevices\tcreated');
    expect(lines).toContain('u-1\tMr Zhao\tclerk\twater\t1\t2026-01-01T00:00:00.000Z');
    expect((await admin(env, 'users', 'revoke', 'u-1')).stdout).toContain('revoked 1 device(s)');
    expect((await admin(env, 'users', 'list')).stdout).toContain('u-1\tMr Zhao\tclerk\twater\t0\t');
    const unknown = await admin(env, 'users', 'revoke', 'nobody');
    expect(unknown.status).toBe(1);
    expect(unknown.stderr).toContain('unknown user "nobody"');
  });

  it("lists devices and revokes one, leaving the user's other devices", async () => {
    const db = new Sqlite(env.CIRCULATE_DB);
    db.prepare("insert into users (id, name, role, unit_id, created_at) values ('u-2', 'Ms Qian', 'recipient', 'forestry', '2026-02-01T00:00:00.000Z')").run();
    for (const d of ['d-2', 'd-3']) {
      db.prepare("insert into devices (id, user_id, name, token_hash, created_at) values (?, 'u-2', ?, ?, '2026-02-01T00:00:00.000Z')").run(d, `pc ${d}`, `hash ${d}`);
    }
    db.close();
    const list = await admin(env, 'devices', 'list', '--user', 'u-2');
    expect(list.status).toBe(0);
    expect(list.stdout.trim().split('\n')).toEqual([
      'id\tname\tuser\trole\tunit\tenrolled\trevoked',
      'd-2\tpc d-2\tu-2\trecipient\tforestry\t2026-02-01T00:00:00.000Z\t-',
      'd-3\tpc d-3\tu-2\trecipient\tforestry\t2026-02-01T00:00:00.000Z\t-',
    ]);
    expect((await admin(env, 'devices', 'revoke', 'd-2')).stdout).toContain('revoked device d-2');
    expect((await admin(env, 'devices', 'revoke', 'd-2')).stdout).toContain('already revoked');
    const after = (await admin(env, 'devices', 'list')).stdout;
    expect(after).toMatch(/^d-2\t.*\t20\d\d-\d\d-\d\dT[^\t]+$/m);
    expect(after).toMatch(/^d-3\t.*\t-$/m);
    expect(after).toMatch(/^d-1\t/m); // every user's devices without --user
    const unknown = await admin(env, 'devices', 'revoke', 'nope');
    expect(unknown.status).toBe(1);
    expect(unknown.stderr).toContain('unknown device "nope"');
    expect((await admin(env, 'devices', 'list', '--colour')).status).toBe(2);
    expect((await admin(env, 'devices', 'revoke')).status).toBe(2);
  });

  it('verifies the audit chain and names the first altered entry', async () => {
    const ok = await admin(env, 'audit', 'verify');
    expect(ok.status).toBe(0);
    expect(ok.stdout).toMatch(/audit chain intact: \d+ entries/);
    const db = new Sqlite(env.CIRCULATE_DB);
    db.prepare("update audit set actor = 'someone else' where seq = 2").run();
    db.close();
    const broken = await admin(env, 'audit', 'verify');
    expect(broken.status).toBe(1);
    expect(broken.stderr).toContain('audit chain broken at entry #2');
  });
});
