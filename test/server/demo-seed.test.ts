// `admin demo seed` (run by npm start on an empty database): a newcomer sees every task state at
// once, written through the service's own appliers, so the audit trail holds it all.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, describe, expect, it, vi } from 'vitest';
import { runAdmin } from '../../server/cli/run';
import { openMigratedStorage } from '../../server/storage/open';
import { taskBoard } from '../../server/storage/task-board';
import { verifyAudit } from '../../server/storage/audit';
import { bureauToday } from '../../server/tasks/time-zone';

const dir = mkdtempSync(join(tmpdir(), 'circulate-demo-'));
const env = { CIRCULATE_DB: join(dir, 'circulate.db'), DATABASE_URL: '', AUDIT_KEY_FILE: join(dir, 'audit.key') };
afterAll(() => rmSync(dir, { recursive: true, force: true }));

async function admin(...args: string[]) {
  const out: string[] = [];
  const log = vi.spyOn(console, 'log').mockImplementation((...a) => void out.push(a.join(' ')));
  const error = vi.spyOn(console, 'error').mockImplementation((...a) => void out.push(a.join(' ')));
  try {
    return { status: await runAdmin(args, env), out: out.join('\n') };
  } finally {
    log.mockRestore();
    error.mockRestore();
  }
}

describe('admin demo seed', () => {
  it('asks for the directory first, then seeds tasks in every state once', async () => {
    expect(await admin('demo', 'seed')).toMatchObject({ status: 1, out: expect.stringContaining('units import') });
    expect((await admin('units', 'import', resolve(import.meta.dirname, '../../server/demo/units.csv'))).status).toBe(0);
    expect((await admin('demo', 'seed')).status).toBe(0);
    expect(await admin('demo', 'seed')).toMatchObject({ status: 0, out: expect.stringContaining('no demo data added') });

    const storage = await openMigratedStorage(env);
    try {
      const board = await taskBoard(storage.db, bureauToday());
      expect(board.map((t) => t.status).sort()).toEqual(['close', 'progress', 'progress', 'request_close', 'return']);
      expect(board.filter((t) => t.nearDue).map((t) => t.status)).toEqual(['progress']);
      expect(board.find((t) => t.escalated)).toMatchObject({ overdue: true, urgedCount: 3, leadUnitId: 'county-government' });
      expect(board.find((t) => t.status === 'return')).toMatchObject({ lastNote: expect.stringContaining('缺少'), lastUpdateBy: '督查室 李四' });
      expect((await verifyAudit(storage.db)).ok).toBe(true);
    } finally {
      await storage.close();
    }
  });
});
