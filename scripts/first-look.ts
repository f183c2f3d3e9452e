/**
 * Records the extractor's first look at new regression cases: the score it got on each case
 * before any change made for it, with the commit it was measured at, in test/pages/<case>/meta.json.
 *
 *   npx tsx scripts/first-look.ts CASE_ID...
 *
 * A first look is written once and never overwritten; it refuses to measure while shared/extract
 * has uncommitted changes, so the recorded commit is the code that was measured.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { extractCase, pageCases, PAGES_DIR } from '../test/extract/pages';
import { caseScore, scoreCase } from '../test/extract/scorer';

const ids = process.argv.slice(2);
if (ids.length === 0) {
  console.error('usage: tsx scripts/first-look.ts CASE_ID...');
  process.exit(2);
}
const git = (...args: string[]) => execFileSync('git', args, { encoding: 'utf8' }).trim();
if (git('status', '--porcelain', '--', 'shared/extract', 'shared/schemas')) {
  console.error('shared/extract has uncommitted changes: commit them first, so the first look names the code it measured');
  process.exit(2);
}
const commit = git('rev-parse', 'HEAD');
const cases = new Map(pageCases().map((c) => [c.id, c]));
let status = 0;
for (const id of ids) {
  const c = cases.get(id);
  const metaFile = join(PAGES_DIR, id, 'meta.json');
  if (!c) {
    console.error(`${id}: no such case (test/pages/${id} needs source.* and expected.json)`);
    status = 2;
    continue;
  }
  const meta = existsSync(metaFile) ? JSON.parse(readFileSync(metaFile, 'utf8')) : {};
  if (meta.firstLook) {
    console.log(`${id}: first look already recorded (${meta.firstLook.score}), left as it is`);
    continue;
  }
  const fields = scoreCase(c.expected, extractCase(c) as unknown as Record<string, unknown>);
  const score = Number(caseScore(fields).toFixed(3));
  meta.firstLook = {
    score,
    fields: Object.fromEntries(Object.entries(fields).map(([k, v]) => [k, Number(v.toFixed(3))])),
    commit,
    measuredAt: new Date().toISOString(),
  };
  writeFileSync(metaFile, JSON.stringify(meta, null, 2) + '\n');
  console.log(`${id}: first look ${score.toFixed(3)} at ${commit.slice(0, 10)}`);
}
process.exit(status);
