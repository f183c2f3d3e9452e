/**
 * How well the extractor does, in one report:
 *
 *   npm run extract:eval [-- --verbose] [-- --corpus DIR] [-- --set-floors]
 *
 * - the score on test/pages (overall, the minutes alone, non-minutes rejected), a row per case
 *   with --verbose;
 * - the score on the shared corpus (../shared/corpus beside the repository, or beside the main
 *   checkout when this is a linked worktree, or --corpus DIR), by the same rules as its score.mjs;
 * - the mean first look over the last 30 cases added, the honest figure of how well the extractor
 *   does on documents it was not changed for;
 * - the check set: how many check cases score under 0.9 now;
 * - a calibration table: per field, whether a confidence of 0.9 or more means the field is right.
 *
 * --set-floors writes each measured case's floor (its score now, rounded down to 0.05) into its
 * meta.json where it has none, and raises floors the extractor now beats; it never lowers one.
 */
import { copyFileSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { extname, join } from 'node:path';
import { extractFile } from '../shared/cli/read';
import { corpusDir } from './corpus-dir';
import { FieldName, type MinutesDraft } from '../shared/schemas/minutes';
import { extractCase, floorFor, floorOf, pageCases, PAGES_DIR } from '../test/extract/pages';
import { caseScore, scoreCase, type Expected } from '../test/extract/scorer';

const args = process.argv.slice(2);
const verbose = args.includes('--verbose');
const setFloors = args.includes('--set-floors');
const corpusArg = args.includes('--corpus') ? args[args.indexOf('--corpus') + 1] : undefined;

/** The minimum share of confident fields (≥ 0.9) that must be right. */
const CALIBRATION_GOAL = 0.95;
const CONFIDENT = 0.9;
const CHECK_MIN = 0.9;
const FIRST_LOOK_WINDOW = 30;

interface Scored {
  id: string;
  expected: Expected;
  draft: MinutesDraft | null;
  fields: Record<string, number>;
  score: number;
}

const pct = (x: number) => `${(x * 100).toFixed(1)}%`;
const mean = (xs: number[]) => (xs.length ? xs.reduce((a, b) => a + b, 0) / xs.length : NaN);
const weakOf = (f: Record<string, number>) =>
  Object.entries(f)
    .filter(([, v]) => v < 1)
    .map(([k, v]) => `${k}=${v.toFixed(2)}`)
    .join(' ');

function score(id: string, expected: Expected, draft: MinutesDraft | null): Scored {
  const fields = scoreCase(expected, draft as unknown as Record<string, unknown>);
  return { id, expected, draft, fields, score: caseScore(fields) };
}

function summary(rows: Scored[]): string {
  const pos = rows.filter((r) => r.expected.isMinutes !== false);
  const neg = rows.filter((r) => r.expected.isMinutes === false);
  const rejected = neg.filter((r) => r.fields.isMinutes === 1).length;
  const minutes = pos.length ? mean(pos.map((r) => r.score)) : 1;
  return `score ${mean(rows.map((r) => r.score)).toFixed(3)} over ${rows.length} (minutes ${minutes.toFixed(3)} over ${pos.length}, non-minutes rejected ${rejected} of ${neg.length})`;
}

// ---------- test/pages ----------
const cases = pageCases();
const pageRows = cases.map((c) => score(c.id, c.expected, safeExtract(() => extractCase(c))));
const byId = new Map(pageRows.map((r) => [r.id, r]));

function safeExtract(f: () => MinutesDraft): MinutesDraft | null {
  try {
    return f();
  } catch {
    return null;
  }
}

console.log(`test/pages: ${summary(pageRows)}`);
const belowFloor = cases.filter((c) => byId.get(c.id)!.score + 1e-9 < floorOf(c));
if (verbose) {
  for (const c of cases) {
    const r = byId.get(c.id)!;
    const tags = [c.meta?.checkSet ? 'check' : '', typeof c.meta?.floor === 'number' ? `floor ${c.meta.floor}` : '', c.meta?.firstLook ? `first ${c.meta.firstLook.score.toFixed(3)}` : '']
      .filter(Boolean)
      .join(', ');
    const weak = weakOf(r.fields);
    console.log(`  ${r.score.toFixed(3)}  ${c.id}${tags ? `  (${tags})` : ''}${weak ? `  ${weak}` : ''}`);
  }
}
console.log(`  below their floor (meta floor, else 0.9): ${belowFloor.length}${belowFloor.length ? ` — ${belowFloor.map((c) => c.id).join(', ')}` : ''}`);

// ---------- the shared corpus ----------

const corpus = corpusDir(corpusArg);
let corpusRows: Scored[] = [];
if (corpus && existsSync(corpus)) {
  const files = readdirSync(corpus)
    .filter((f) => /\.(html?|txt)$/.test(f))
    .map((f) => ({ file: join(corpus, f), id: f.replace(/\.(html?|txt)$/, '') }))
    .filter((c) => existsSync(join(corpus, `${c.id}.expected.json`)))
    .sort((a, b) => a.id.localeCompare(b.id));
  // As score.mjs does: each document read from a copy with a neutral name, so its name tells nothing.
  const work = mkdtempSync(join(tmpdir(), 'corpus-'));
  try {
    corpusRows = files.map((c, i) => {
      const copy = join(work, `doc-${String(i + 1).padStart(3, '0')}${extname(c.file)}`);
      copyFileSync(c.file, copy);
      const expected = JSON.parse(readFileSync(join(corpus, `${c.id}.expected.json`), 'utf8')) as Expected;
      return score(c.id, expected, safeExtract(() => extractFile(copy)));
    });
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
  console.log(`shared corpus (${corpus}): ${summary(corpusRows)}`);
  if (verbose) for (const r of corpusRows) console.log(`  ${r.score.toFixed(3)}  ${r.id}${weakOf(r.fields) ? `  ${weakOf(r.fields)}` : ''}`);
} else {
  console.log(`shared corpus: absent (no ${corpusArg ?? '../shared/corpus'} beside the repository); not scored`);
}

// ---------- first look ----------
const looked = cases
  .filter((c) => c.meta?.firstLook)
  .sort((a, b) => a.meta!.firstLook!.measuredAt.localeCompare(b.meta!.firstLook!.measuredAt) || a.id.localeCompare(b.id));
const lastLooks = looked.slice(-FIRST_LOOK_WINDOW).map((c) => c.meta!.firstLook!.score);
console.log(
  looked.length
    ? `first look: ${mean(lastLooks).toFixed(3)} over the last ${lastLooks.length} cases added (${looked.length} cases with a first look)`
    : 'first look: none recorded yet (0 cases with a first look)',
);

// ---------- the check set ----------
const checks = cases.filter((c) => c.meta?.checkSet === true);
const checkLow = checks.filter((c) => byId.get(c.id)!.score < CHECK_MIN);
console.log(`check set: ${checkLow.length} of ${checks.length} check cases score under ${CHECK_MIN} now${verbose && checkLow.length ? ` — ${checkLow.map((c) => c.id).join(', ')}` : ''}`);

// ---------- calibration ----------
// A field the extractor did not fill has no confidence: it counts as below 0.9.
const minutesRows = [...pageRows, ...corpusRows].filter((r) => r.expected.isMinutes !== false);
console.log(`\ncalibration over ${minutesRows.length} minutes cases (test/pages${corpusRows.length ? ' + shared corpus' : ''}); goal: confident fields right ≥ ${pct(CALIBRATION_GOAL)}`);
console.log(`  ${'field'.padEnd(12)} ${'conf ≥ 0.9'.padStart(10)} ${'right'.padStart(7)}  ${'conf < 0.9'.padStart(10)} ${'wrong'.padStart(7)}  goal`);
const confidentWrong: string[] = [];
for (const field of FieldName.options) {
  let hiN = 0;
  let hiRight = 0;
  let loN = 0;
  let loWrong = 0;
  for (const r of minutesRows) {
    const conf = r.draft?.isMinutes ? (r.draft.fields?.[field]?.confidence ?? 0) : 0;
    const right = (r.fields[field] ?? 0) >= 1 - 1e-9;
    if (conf >= CONFIDENT) {
      hiN++;
      if (right) hiRight++;
      else confidentWrong.push(`${field} ${r.id}`);
    } else {
      loN++;
      if (!right) loWrong++;
    }
  }
  const share = hiN ? hiRight / hiN : NaN;
  const mark = !hiN ? 'n/a' : share >= CALIBRATION_GOAL ? 'met' : 'below';
  console.log(
    `  ${field.padEnd(12)} ${String(hiN).padStart(10)} ${(hiN ? pct(share) : '—').padStart(7)}  ${String(loN).padStart(10)} ${(loN ? pct(loWrong / loN) : '—').padStart(7)}  ≥ ${pct(CALIBRATION_GOAL)} ${mark}`,
  );
}

// The confident fields that were wrong: where a confidence needs lowering or a reading fixing.
if (verbose && confidentWrong.length) console.log(`  confident but wrong: ${confidentWrong.join(', ')}`);

// ---------- floors ----------
if (setFloors) {
  const changed: string[] = [];
  for (const c of cases) {
    if (!c.meta?.firstLook) continue; // only measured cases get a floor; the others keep 0.9
    const now = floorFor(byId.get(c.id)!.score);
    const old = c.meta.floor;
    if (typeof old === 'number' && now <= old) continue;
    const file = join(PAGES_DIR, c.id, 'meta.json');
    const meta = JSON.parse(readFileSync(file, 'utf8'));
    meta.floor = now;
    writeFileSync(file, JSON.stringify(meta, null, 2) + '\n');
    changed.push(`${c.id} ${old ?? '—'} → ${now}`);
  }
  console.log(`\nfloors set or raised: ${changed.length}${changed.length ? `\n  ${changed.join('\n  ')}` : ''}`);
}

