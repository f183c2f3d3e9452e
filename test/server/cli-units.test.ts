import { randomUUID } from 'node:crypto';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { afterAll, describe, expect, it, vi } from 'vitest';
import { runAdmin } from '../../server/cli/run';
import { openMigratedStorage } from '../../server/storage/open';
import { insertProposal } from '../../server/storage/unit-proposals';

const dir = mkdtempSync(join(tmpdir(), 'circulate-cli-units-'));
const env = { CIRCULATE_DB: join(dir, 'circulate.db'), DATABASE_URL: '' };
afterAll(() => rmSync(dir, { recursive: true, force: true }));

async function admin(...args: string[]) {
  const out: string[] = [];
  const err: string[] = [];
  const log = vi.spyOn(console, 'log').mockImplementation((...a) => void out.push(a.join(' ')));
  const error = vi.spyOn(console, 'error').mockImplementation((...a) => void err.push(a.join(' ')));
  try {
    const status = await runAdmin(args, env);
    return { status, stdout: out.join('\n'), stderr: err.join('\n') };
  } finally {
    log.mockRestore();
    error.mockRestore();
  }
}

/** A clerk's proposal stored the way the push stores it. */
async function proposal(name: string): Promise<string> {
  const storage = await openMigratedStorage(env);
  try {
    const id = randomUUID();
    await storage.write((tx) => insertProposal(tx, { id, name, parentId: null, note: '' }, { userId: 'clerk-1', unitId: 'county-gov' }));
    return id;
  } finally {
    await storage.close();
  }
}

// One database through the file: each step builds on the one before.
describe('admin CLI: the directory from a spreadsheet, and decisions on proposals', () => {
  it('imports a workbook with Chinese headers, parents by name and aliases', async () => {
    const book = new ExcelJS.Workbook();
    const sheet = book.addWorksheet('单位名录');
    sheet.addRow(['编号', '名称', '上级', '别名']);
    sheet.addRow(['county-gov', '县政府办公室', '', '县府办、县政府办']);
    sheet.addRow(['county-ndrc', '县发展和改革局', '县政府办公室', '县发改局']);
    sheet.addRow([]);
    sheet.addRow(['county-housing', '县住房和城乡建设局', 'county-gov', '县住建局|住建局']);
    const file = join(dir, 'directory.xlsx');
    await book.xlsx.writeFile(file);
    expect((await admin('units', 'import', file)).stdout).toContain('3 created, 0 updated, 0 unchanged');
    const list = (await admin('units', 'list')).stdout.split('\n');
    expect(list).toContain('county-ndrc\t县发展和改革局\tcounty-gov\t县发改局');
    expect(list).toContain('county-housing\t县住房和城乡建设局\tcounty-gov\t县住建局|住建局');
    expect((await admin('units', 'import', file)).stdout).toContain('0 created, 0 updated, 3 unchanged');
  });

  it('takes a CSV whose parents are already in the directory, and names the line of an unknown parent', async () => {
    const ok = join(dir, 'more.csv');
    writeFileSync(ok, '\uFEFFid,name,parent,aliases\ncounty-finance,县财政局,县政府办公室,\n');
    expect((await admin('units', 'import', ok)).stdout).toContain('1 created');
    const bad = join(dir, 'bad.csv');
    writeFileSync(bad, 'id,name,parent\nx,X Office,\ny,Y Office,Atlantis\n');
    const r = await admin('units', 'import', bad);
    expect(r.status).toBe(1);
    expect(r.stderr).toContain('line 3: unknown parent "Atlantis"');
    const notBook = join(dir, 'fake.xlsx');
    writeFileSync(notBook, 'id,name\n');
    expect((await admin('units', 'import', notBook)).stderr).toContain('not an Excel workbook');
  });

  it('lists proposals and approves, merges or rejects them', async () => {
    const a = await proposal('县乡村振兴局');
    const b = await proposal('县府办秘书科');
    const c = await proposal('Nowhere Office');
    const pending = (await admin('units', 'proposals')).stdout;
    for (const id of [a, b, c]) expect(pending).toContain(`${id}\tpending`);
    expect((await admin('units', 'approve', a)).stdout).toContain(`${a}: approved`);
    expect((await admin('units', 'list')).stdout).toContain(`${a}\t县乡村振兴局`);
    expect((await admin('units', 'merge', b, '县政府办公室')).stdout).toContain(`${b}: merged into county-gov`);
    expect((await admin('units', 'list')).stdout).toContain('county-gov\t县政府办公室\t\t县府办|县政府办|县府办秘书科');
    expect((await admin('units', 'reject', c, '')).status).toBe(2);
    expect((await admin('units', 'reject', c, 'No such office')).stdout).toContain(`${c}: rejected`);
    expect((await admin('units', 'approve', c)).stderr).toContain('already decided');
    expect((await admin('units', 'approve', 'nope')).stderr).toContain('unknown proposal');
    expect((await admin('units', 'proposals')).stdout.split('\n')).toHaveLength(1);
    expect((await admin('units', 'proposals', '--all')).stdout).toContain(`${c}\trejected\tNowhere Office`);
  });
});
