import { describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { decode } from '../../shared/cli/read';

const root = join(import.meta.dirname, '..', '..');
const run = (...args: string[]) =>
  spawnSync(join(root, 'node_modules', '.bin', 'tsx'), [join(root, 'shared/cli/extract.ts'), ...args], { cwd: root, encoding: 'utf8' });

describe('the extract command', () => {
  it('prints one JSON line per file, in order, and a line for an unreadable file', () => {
    const r = run('--json', 'test/fixtures/corpus/seed-letters-visits-en.txt', 'test/pages/zh-npc-word-paste/source.html', 'no/such/file.txt');
    expect(r.status).toBe(0);
    const lines = r.stdout.trim().split('\n').map((l) => JSON.parse(l));
    expect(lines).toHaveLength(3);
    expect(lines[0]).toMatchObject({ isMinutes: true, lang: 'en', docNumber: 'No. 2' });
    expect(Object.keys(lines[0])).toEqual(expect.arrayContaining(['isMinutes', 'lang', 'title', 'docNumber', 'issuer', 'meetingDate', 'presider', 'attendees', 'decisions', 'recipients']));
    expect(lines[1]).toMatchObject({ isMinutes: true, lang: 'zh', presider: '关成启' });
    expect(lines[2]).toMatchObject({ isMinutes: false });
    expect(r.stderr).toMatch(/no\/such\/file/);
  });
  it('prints a readable summary without --json, and usage errors exit non-zero', () => {
    const r = run('test/fixtures/corpus/zh-hospital-weekly-meeting.txt');
    expect(r.status).toBe(0);
    expect(r.stdout).toMatch(/presider\s+乙军/);
    expect(run().status).not.toBe(0);
  });
  it("does not print jsdom's complaints about a page's stylesheet: the output is the draft", () => {
    const dir = mkdtempSync(join(tmpdir(), 'cli-css-'));
    const page = join(dir, 'page.html');
    writeFileSync(page, '<html><head><style>.a { color: red; } }</style></head><body><h1>县长办公会议纪要</h1><p>会议由张三主持。</p></body></html>');
    try {
      const r = run('--json', page);
      expect(r.status).toBe(0);
      expect(JSON.parse(r.stdout.trim())).toHaveProperty('isMinutes');
      expect(r.stderr).not.toMatch(/Could not parse CSS/);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
  it('decodes pages saved as GB18030 or declared GBK', () => {
    const gbk = Buffer.from([0xbb, 0xe1, 0xd2, 0xe9, 0xbc, 0xcd, 0xd2, 0xaa]); // 会议纪要 in GBK
    expect(decode(gbk)).toBe('会议纪要');
    const declared = Buffer.concat([Buffer.from('<meta charset="gbk"><p>'), gbk]);
    expect(decode(declared)).toContain('会议纪要');
    expect(decode(Buffer.from('会议纪要', 'utf8'))).toBe('会议纪要');
  });
});
