// The extract command's launcher (shared/cli/extract.mjs): it runs a bundle of the command built on
// the first call and rebuilt when a source changes, and answers exactly as the TypeScript does.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { compact, extractFile } from './read';

const root = join(import.meta.dirname, '..', '..');
const caches = join(root, 'node_modules', '.cache', 'circulate-extract');
mkdirSync(caches, { recursive: true });
const cache = mkdtempSync(join(caches, 'test-'));
afterAll(() => rmSync(cache, { recursive: true, force: true }));

const FILES = ['test/fixtures/corpus/seed-letters-visits-en.txt', 'test/pages/zh-npc-word-paste/source.html', 'server/demo/pages/notice-holidays.html'];
const run = (...args: string[]) =>
  spawnSync(process.execPath, [join(root, 'shared/cli/extract.mjs'), ...args], { cwd: root, encoding: 'utf8', env: { ...process.env, CIRCULATE_EXTRACT_CACHE: cache } });
const bundle = join(cache, 'extract.mjs');
const stamp = join(cache, 'inputs.json');

describe('the extract command starts from a bundle', () => {
  it('the first call builds the bundle and answers as the TypeScript source does', () => {
    expect(existsSync(bundle)).toBe(false);
    const r = run('--json', ...FILES);
    expect(r.status, r.stderr).toBe(0);
    expect(r.stderr).toBe('');
    const lines = r.stdout.trim().split('\n').map((l) => JSON.parse(l));
    expect(lines).toEqual(FILES.map((f) => JSON.parse(JSON.stringify(compact(extractFile(join(root, f)))))));
    expect(lines[1]).toMatchObject({ isMinutes: true, lang: 'zh' });
    const inputs = (JSON.parse(readFileSync(stamp, 'utf8')) as [string, number, number][]).map(([f]) => f);
    expect(inputs).toEqual(expect.arrayContaining(['shared/cli/extract.ts', 'shared/cli/extract.mjs', 'shared/extract/result/build.ts']));
  });

  it('later calls reuse it, and a changed source makes it again', () => {
    const built = statSync(bundle).mtimeMs;
    expect(run('--json', FILES[0]).status).toBe(0);
    expect(statSync(bundle).mtimeMs).toBe(built);
    // As if build.ts had been edited since: its recorded time no longer matches the file.
    const inputs = JSON.parse(readFileSync(stamp, 'utf8')) as [string, number, number][];
    writeFileSync(stamp, JSON.stringify(inputs.map(([f, m, s]) => [f, f === 'shared/extract/result/build.ts' ? m - 1000 : m, s])));
    const r = run('--json', FILES[0]);
    expect(r.status).toBe(0);
    expect(JSON.parse(r.stdout)).toMatchObject({ isMinutes: true, lang: 'en' });
    expect(JSON.parse(readFileSync(stamp, 'utf8'))).toEqual(inputs);
    expect(statSync(bundle).mtimeMs).not.toBe(built);
  });

  it('keeps the usage error and exit status of the command', () => {
    const r = run();
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(/usage: extract/);
  });
});
