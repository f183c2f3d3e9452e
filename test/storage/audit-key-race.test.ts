// @vitest-environment node
import { spawn } from 'node:child_process';
import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';

const root = join(import.meta.dirname, '..', '..');
const dir = mkdtempSync(join(tmpdir(), 'circulate-key-race-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** One process that makes (or reads) the key, as a starting service does: its id, or its error. */
function makeKey(path: string): Promise<string> {
  const code = `import('./server/storage/audit-key.ts').then((m) => { try { console.log(m.readAuditKey(process.env)?.id ?? m.createAuditKey(process.env).id); } catch (e) { console.log('error: ' + e.message); } });`;
  return new Promise((done, fail) => {
    const p = spawn(process.execPath, ['--import', 'tsx', '-e', code], { cwd: root, env: { ...process.env, AUDIT_KEY: '', AUDIT_KEY_FILE: path } });
    let out = '';
    p.stdout.on('data', (d) => (out += d));
    p.once('error', fail);
    p.once('exit', () => done(out.trim()));
  });
}

describe('the audit key made by several instances starting at once', () => {
  it('is one key: none reads it half written, and no draft is left behind', async () => {
    for (let round = 0; round < 3; round++) {
      const path = join(dir, `audit-${round}.key`);
      const ids = await Promise.all(Array.from({ length: 6 }, () => makeKey(path)));
      expect(ids.filter((id) => id.startsWith('error'))).toEqual([]);
      expect(new Set(ids).size).toBe(1);
      expect(ids[0]).toMatch(/^[0-9a-f]{16}$/);
    }
    expect(readdirSync(dir).filter((f) => f.endsWith('.tmp'))).toEqual([]);
  }, 60_000);
});
