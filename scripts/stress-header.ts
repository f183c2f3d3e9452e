/**
 * How robust the header fields (title, issuer, meeting date, document number) are to the ways a
 * page's header differs from the cases' (scripts/variants/header-variants.ts): every text case of
 * test/pages read as text and changed, each header field scored against its labels, over the
 * minutes accepted both ways. A drop is what the change costs.
 *
 *   npx tsx scripts/stress-header.ts [--only <variant>] [--list <field>] [--skip <ids file>...]
 *
 * --list names, per variant, the cases whose <field> the variant turns wrong (not those in a --skip file).
 */
import { readFileSync } from 'node:fs';
import { extractFromText } from '../shared/extract/index';
import { pageCases, traditionalToSimplified } from '../test/extract/pages';
import { scoreCase } from '../test/extract/scorer';
import { HEADER_VARIANTS } from './variants/header-variants';
import { isZh } from './variants/text';

const args = process.argv.slice(2);
const opt = (name: string) => (args.includes(name) ? args[args.indexOf(name) + 1] : undefined);
const only = opt('--only');
const list = opt('--list');
const skip = new Set(args.flatMap((a, i) => (args[i - 1] === '--skip' ? readFileSync(a, 'utf8').split('\n').filter(Boolean) : [])));
const FIELDS = ['title', 'issuer', 'meetingDate', 'docNumber'] as const;

const cases = pageCases()
  .filter((c) => !c.html && c.expected.isMinutes !== false)
  .map((c) => ({ id: c.id, text: readFileSync(c.file, 'utf8'), expected: c.expected }));
const read = (text: string) => extractFromText(text, { fold: traditionalToSimplified }) as unknown as Record<string, unknown>;
const base = cases.map((c) => scoreCase(c.expected, read(c.text)));

console.log(`header stress test over ${cases.length} minutes (the text cases of test/pages)`);
console.log(`  ${'variant'.padEnd(18)} both read  ${FIELDS.map((f) => f.padStart(11)).join('')}   (as text → changed)`);
for (const [name, change] of Object.entries(HEADER_VARIANTS)) {
  if (only && name !== only) continue;
  const sums = FIELDS.map(() => [0, 0]);
  let n = 0;
  const lost: string[] = [];
  cases.forEach((c, k) => {
    const got = scoreCase(c.expected, read(change(c.text, isZh(c.text))));
    if (!base[k].isMinutes || !got.isMinutes) return;
    n++;
    FIELDS.forEach((f, j) => {
      sums[j][0] += base[k][f];
      sums[j][1] += got[f];
    });
    if (list && base[k][list] && !got[list] && !skip.has(c.id)) lost.push(c.id);
  });
  const cells = sums.map(([a, b]) => `${(a / n).toFixed(2)}→${(b / n).toFixed(2)}`.padStart(11));
  console.log(`  ${name.padEnd(18)} ${String(n).padStart(9)}  ${cells.join('')}`);
  if (lost.length) console.log(`    ${list} lost: ${lost.join(' ')}`);
}
