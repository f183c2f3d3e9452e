import { readFile } from 'node:fs/promises';
import { extname } from 'node:path';
import { UnitRecord } from '../../../shared/schemas';
import { parseCsv } from '../csv';
import { CliError } from '../errors';

// A directory file as a bureau keeps it: CSV or an Excel workbook (the first sheet), one unit a
// row, with a header naming the columns in English or Chinese. Parents are named by id or by name.

const COLUMNS = {
  id: ['id', 'unit id', '编号', '单位id', '单位编号', '代码'],
  name: ['name', 'unit', 'unit name', '名称', '单位', '单位名称'],
  parent: ['parent', 'parent id', 'parent unit', '上级', '上级单位', '上级单位id', '上级编号'],
  aliases: ['aliases', 'alias', 'other names', '别名', '简称', '别称'],
} as const;

/** The rows of the file (header first), as text. */
async function readRows(file: string): Promise<string[][]> {
  const ext = extname(file).toLowerCase();
  if (ext === '.xlsx') {
    // Loaded only for a workbook: it is large, and CSV imports do not need it.
    const { default: ExcelJS } = await import('exceljs');
    const book = new ExcelJS.Workbook();
    try {
      await book.xlsx.readFile(file);
    } catch (e) {
      const err = e as NodeJS.ErrnoException;
      throw new CliError(`cannot read ${file}: ${err.code === 'ENOENT' ? 'no such file' : `not an Excel workbook (${err.message})`}`);
    }
    const sheet = book.worksheets[0];
    if (!sheet) throw new CliError(`${file}: the workbook has no sheet`);
    const rows: string[][] = [];
    sheet.eachRow({ includeEmpty: true }, (row) => {
      const cells: string[] = [];
      for (let i = 1; i <= sheet.columnCount; i++) cells.push(row.getCell(i).text ?? '');
      rows.push(cells);
    });
    return rows;
  }
  if (ext === '.xls') throw new CliError(`${file}: save the workbook as .xlsx (or CSV) first`);
  const text = await readFile(file, 'utf8').catch((e: NodeJS.ErrnoException) => {
    throw new CliError(`cannot read ${file}: ${e.code === 'ENOENT' ? 'no such file' : e.message}`);
  });
  try {
    return parseCsv(text.replace(/^\uFEFF/, ''));
  } catch (e) {
    throw new CliError(`${file}: ${(e as Error).message}`);
  }
}

/**
 * Units from a CSV or .xlsx file, checked; the line number is named on any error. `known` finds a
 * parent already in the directory (by id, name or alias) when the file does not hold it.
 */
export async function readUnitsFile(file: string, known: (ref: string) => Promise<string | undefined> = async () => undefined): Promise<UnitRecord[]> {
  const rows = await readRows(file);
  const header = (rows.shift() ?? []).map((h) => h.trim().toLowerCase());
  const col = (k: keyof typeof COLUMNS) => header.findIndex((h) => (COLUMNS[k] as readonly string[]).includes(h));
  const [idCol, nameCol, parentCol, aliasCol] = [col('id'), col('name'), col('parent'), col('aliases')];
  if (idCol < 0 || nameCol < 0) throw new CliError(`${file}: the header must name the columns id,name[,parent][,aliases]`);
  const cell = (r: string[], i: number) => (i >= 0 ? (r[i] ?? '').trim() : '');
  const seen = new Map<string, number>();
  const parsed: { unit: UnitRecord; parent: string; line: number }[] = [];
  rows.forEach((r, i) => {
    const line = i + 2;
    if (r.every((c) => !c.trim())) return; // a blank row in a spreadsheet
    const aliases = cell(r, aliasCol).split(/[|、;；]/).map((a) => a.trim()).filter(Boolean);
    const got = UnitRecord.safeParse({ id: cell(r, idCol), name: cell(r, nameCol), aliases });
    if (!got.success || !got.data.id || !got.data.name) throw new CliError(`${file} line ${line}: a unit needs an id and a name`);
    if (seen.has(got.data.id)) throw new CliError(`${file} line ${line}: unit id "${got.data.id}" appears twice`);
    seen.set(got.data.id, line);
    parsed.push({ unit: got.data, parent: cell(r, parentCol), line });
  });
  const byName = new Map(parsed.map((p) => [p.unit.name, p.unit.id]));
  const out: UnitRecord[] = [];
  for (const p of parsed) {
    let parentId: string | undefined;
    if (p.parent) {
      parentId = seen.has(p.parent) ? p.parent : (byName.get(p.parent) ?? (await known(p.parent)));
      if (!parentId) throw new CliError(`${file} line ${p.line}: unknown parent "${p.parent}"`);
      if (parentId === p.unit.id) throw new CliError(`${file} line ${p.line}: a unit cannot be its own parent`);
    }
    out.push({ ...p.unit, ...(parentId ? { parentId } : {}) });
  }
  return out;
}
