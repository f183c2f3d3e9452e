/**
 * Trains the document model (shared/extract/learn/doc-*.ts: minutes or not, from the page's text)
 * on test/pages and measures it held out, 5 folds by source:
 *
 *   npx tsx scripts/train-doc.ts            # held-out figures (model alone; with the rules)
 *   npx tsx scripts/train-doc.ts --write    # also writes shared/extract/learn/doc.model.json
 *
 * The rules' figures beside the model's are their FIRST-LOOK verdicts (meta.firstLook: what the
 * extractor said the first time it saw a case): the rules' honest held-out rate. "With the rules"
 * lets the model accept a page the rules refused for want of marks ("too few marks", "no marks"),
 * never one they refused on a look-alike's mark; the first look's reason for each refusal is read
 * from shared/extract/learn/first-look-reasons.tsv (or --reasons FILE; lines "id<TAB>reason", made by
 * running each case's first-look commit on its source: `npx tsx shared/cli/extract.ts --json FILE`).
 * Cases built or copied from a shared-corpus document are never trained on.
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { extractCase, pageCases, traditionalToSimplified, type PageCase } from '../test/extract/pages';
import { docFeatureIds, DOC_GRAMS } from '../shared/extract/learn/doc-features';
import { scores, store, train, type LineModel, type Sample } from '../shared/extract/learn/model';
import { foldOf, fromSharedCorpus } from '../shared/extract/learn/folds';
import { bareText as bare, corpusPieces } from './corpus-dir';

export const DOC_CLASSES = ['other', 'minutes'] as const;
export const DOC_TRAINING = { epochs: 8, rate: 0.1, l2: 1e-4 };
export const DOC_MODEL_FILE = join(import.meta.dirname, '..', 'shared', 'extract', 'learn', 'doc.model.json');
const FOLDS = 5;
const WANT = /too few marks|no marks/;

interface Doc {
  c: PageCase;
  minutes: boolean;
  /** Today's rules: taken as minutes, or the reason they refused it. */
  now: { isMinutes: boolean; reason: string };
  ids: number[];
  bare: string;
}


function docs(): Doc[] {
  return pageCases().map((c) => {
    const draft = extractCase(c);
    const text = traditionalToSimplified(draft.text);
    return { c, minutes: c.expected.isMinutes !== false, now: { isMinutes: draft.isMinutes, reason: draft.reason ?? '' }, ids: docFeatureIds(text), bare: bare(text) };
  });
}

const sample = (d: Doc): Sample => ({ ids: d.ids, y: d.minutes ? 1 : 0 });
/** How many times each look-alike is seen (they are half as many as minutes; 2 and 3 were tried and rejected fewer held out). */
const NEG_WEIGHT = 1;
const samples = (ds: Doc[]): Sample[] => ds.flatMap((d) => (d.minutes ? [sample(d)] : Array.from({ length: NEG_WEIGHT }, () => sample(d))));
const pMinutes = (m: LineModel, d: Doc) => scores(m, d.ids)[1];

function main() {
  const all = docs();
  const pieces = corpusPieces();
  const trainable = all.filter((d) => !fromSharedCorpus(d.c) && !pieces.some((p) => d.bare.includes(p)));
  const reasonsArg = process.argv.indexOf('--reasons');
  const reasonsFile = reasonsArg > 0 ? process.argv[reasonsArg + 1] : join(import.meta.dirname, '..', 'shared', 'extract', 'learn', 'first-look-reasons.tsv');
  const reasons = new Map<string, string>();
  if (existsSync(reasonsFile)) {
    for (const line of readFileSync(reasonsFile, 'utf8').split('\n')) {
      const [id, reason] = line.split('\t');
      if (id) reasons.set(id.trim(), (reason ?? '').trim());
    }
  }
  // Held out: each fold scored by a model trained on the other folds' trainable cases.
  const held = new Map<string, number>();
  for (let f = 0; f < FOLDS; f++) {
    const m = train(samples(trainable.filter((d) => foldOf(d.c, FOLDS) !== f)), DOC_CLASSES, DOC_GRAMS.dim, DOC_TRAINING);
    for (const d of all.filter((d) => foldOf(d.c, FOLDS) === f)) held.set(d.c.id, pMinutes(m, d));
  }
  const scored = all.filter((d) => trainable.includes(d));
  const pct = (a: number, b: number) => `${a}/${b} ${((100 * a) / Math.max(1, b)).toFixed(1)}%`;
  console.log(`document model held out (${FOLDS} folds by source; ${trainable.length} cases trained on, ${all.length - trainable.length} shared-corpus copies left out)`);
  for (const t of [0.5, 0.7, 0.8, 0.9]) {
    const pos = scored.filter((d) => d.minutes);
    const neg = scored.filter((d) => !d.minutes);
    console.log(`  model alone, p ≥ ${t}: minutes accepted ${pct(pos.filter((d) => held.get(d.c.id)! >= t).length, pos.length)}, look-alikes rejected ${pct(neg.filter((d) => held.get(d.c.id)! < t).length, neg.length)}`);
  }
  // Against the rules' first look.
  const looked = scored.filter((d) => d.c.meta?.firstLook);
  const pos = looked.filter((d) => d.minutes);
  const neg = looked.filter((d) => !d.minutes);
  // The first look's isMinutes score: 1 when the verdict was right.
  const rulesAccepted = (d: Doc) => (d.c.meta!.firstLook!.fields.isMinutes === 1) === d.minutes;
  console.log(`  rules at first look: minutes accepted ${pct(pos.filter(rulesAccepted).length, pos.length)}, look-alikes rejected ${pct(neg.filter((d) => !rulesAccepted(d)).length, neg.length)}`);
  const unknown = looked.filter((d) => !rulesAccepted(d) && !reasons.has(d.c.id)).length;
  for (const t of [0.5, 0.7, 0.8, 0.9]) {
    const accepted = (d: Doc) => rulesAccepted(d) || (WANT.test(reasons.get(d.c.id) ?? '') && held.get(d.c.id)! >= t);
    console.log(
      `  first-look rules + model (accepts a "too few marks" refusal at p ≥ ${t}): minutes accepted ${pct(pos.filter(accepted).length, pos.length)}, look-alikes rejected ${pct(neg.filter((d) => !accepted(d)).length, neg.length)}${unknown ? ` (${unknown} refusals without a first-look reason, counted as kept)` : ''}`,
    );
  }
  // Against today's rules (fitted to these cases, so only the model's part is held out): what the model would flip.
  {
    const pos = scored.filter((d) => d.minutes);
    const neg = scored.filter((d) => !d.minutes);
    console.log(`  rules now: minutes accepted ${pct(pos.filter((d) => d.now.isMinutes).length, pos.length)}, look-alikes rejected ${pct(neg.filter((d) => !d.now.isMinutes).length, neg.length)}`);
    for (const t of [0.5, 0.7, 0.8, 0.9]) {
      const accepted = (d: Doc) => d.now.isMinutes || (WANT.test(d.now.reason) && held.get(d.c.id)! >= t);
      console.log(`  rules now + model (p ≥ ${t}): minutes accepted ${pct(pos.filter(accepted).length, pos.length)}, look-alikes rejected ${pct(neg.filter((d) => !accepted(d)).length, neg.length)}`);
    }
  }
  // Check-set cases are never listed one by one.
  if (process.argv.includes('--list')) for (const d of looked.filter((d) => !d.c.meta?.checkSet)) console.log(`    ${d.minutes ? 'pos' : 'neg'} ${d.c.id} first=${d.c.meta!.firstLook!.fields.isMinutes} p=${held.get(d.c.id)!.toFixed(2)} ${reasons.get(d.c.id) ?? ''}`);
  if (process.argv.includes('--write')) {
    const m = train(samples(trainable), DOC_CLASSES, DOC_GRAMS.dim, DOC_TRAINING);
    const json = JSON.stringify(store(m, { cases: trainable.length, dim: DOC_GRAMS.dim, span: DOC_GRAMS.span }));
    writeFileSync(DOC_MODEL_FILE, json + '\n');
    console.log(`wrote ${DOC_MODEL_FILE}: ${(json.length / 1024).toFixed(0)} KB`);
  }
}

main();
