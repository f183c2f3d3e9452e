/**
 * How robust the attendance reading is to the ways pages lay out who attended: every text case of
 * test/pages whose attendees are read now (F1 ≥ 0.8, three names or more) has its attendance block
 * (the lines holding the labelled names, with the label above them) printed again in another
 * layout (scripts/variants/attendance-layouts.ts) — a list run inline, one name a line, numbered,
 * in a table, with each one's role beside the name — and its attendees and presider scored again.
 *
 *   npx tsx scripts/stress-attendance.ts [--only <layout>] [--list] [--print <case id>]
 *
 * --list names, per layout, the cases that lose more than 0.3 of attendees; --print shows one
 * case's text in the --only layout.
 */
import { readFileSync } from 'node:fs';
import { extractFromText } from '../shared/extract/index';
import { pageCases, traditionalToSimplified } from '../test/extract/pages';
import { scoreCase } from '../test/extract/scorer';
import { ATTENDANCE_LAYOUTS, relayAttendance } from './variants/attendance-layouts';
import { isZh } from './variants/text';

const args = process.argv.slice(2);
const opt = (name: string) => (args.includes(name) ? args[args.indexOf(name) + 1] : undefined);
const only = opt('--only');
const printId = opt('--print');
const list = args.includes('--list');

const read = (text: string) => extractFromText(text, { fold: traditionalToSimplified }) as unknown as Record<string, unknown>;

const cases = pageCases()
  .filter((c) => !c.html && c.expected.isMinutes !== false && Array.isArray(c.expected.attendees) && c.expected.attendees.length >= 3)
  .map((c) => ({ id: c.id, text: readFileSync(c.file, 'utf8'), names: c.expected.attendees as string[], expected: c.expected }))
  .map((c) => ({ ...c, base: scoreCase(c.expected, read(c.text)) }))
  .filter((c) => c.base.isMinutes && c.base.attendees >= 0.8);

if (printId) {
  const c = cases.find((x) => x.id === printId);
  const layout = ATTENDANCE_LAYOUTS[only ?? 'inline'];
  console.log(c && layout ? (relayAttendance(c.text, c.names, layout, isZh(c.text), c.expected.presider as string | null) ?? '(no attendance block found)') : '(no such case or layout)');
  process.exit(0);
}

console.log(`attendance stress test over ${cases.length} minutes whose attendees are read now (F1 ≥ 0.8, ≥ 3 names)`);
console.log(`  ${'layout'.padEnd(20)} relaid  refused  attendees   presider   (as text → relaid); cases losing > 0.3; attendees by language`);
for (const [name, layout] of Object.entries(ATTENDANCE_LAYOUTS)) {
  if (only && name !== only) continue;
  let n = 0;
  let refused = 0;
  const sums = { att: [0, 0], pres: [0, 0] };
  const byLang = { zh: [0, 0], en: [0, 0] };
  const lost: string[] = [];
  for (const c of cases) {
    const zh = isZh(c.text);
    const text = relayAttendance(c.text, c.names, layout, zh, c.expected.presider as string | null);
    if (text === null) continue;
    n++;
    const got = scoreCase(c.expected, read(text));
    if (!got.isMinutes) refused++;
    sums.att[0] += c.base.attendees;
    sums.att[1] += got.attendees;
    sums.pres[0] += c.base.presider;
    sums.pres[1] += got.presider;
    byLang[zh ? 'zh' : 'en'][0]++;
    byLang[zh ? 'zh' : 'en'][1] += got.attendees;
    if (c.base.attendees - got.attendees > 0.3) lost.push(c.id);
  }
  const cell = ([a, b]: number[]) => `${(a / n).toFixed(2)}→${(b / n).toFixed(2)}`.padStart(10);
  console.log(`  ${name.padEnd(20)} ${String(n).padStart(6)}  ${String(refused).padStart(7)}  ${cell(sums.att)} ${cell(sums.pres)}   ${String(lost.length).padStart(3)}   zh ${(byLang.zh[1] / byLang.zh[0]).toFixed(2)} (${byLang.zh[0]}), en ${(byLang.en[1] / byLang.en[0]).toFixed(2)} (${byLang.en[0]})`);
  if (list && lost.length) console.log(`    lost: ${lost.join(' ')}`);
}
