/**
 * Trains the line model (shared/extract/learn/) from test/pages and measures it held out:
 *
 *   npx tsx scripts/train-lines.ts            train on every minutes case, write lines.model.json
 *   npx tsx scripts/train-lines.ts --kfold    5 folds by source: line-class accuracy of the rules,
 *                                             the model and both, each fold scored by a model
 *                                             trained without it
 *   npx tsx scripts/train-lines.ts --extract  the extraction score on test/pages with the model
 *                                             asked where the rules are unsure (learn/advise.ts),
 *                                             each fold's cases read with a model trained without
 *                                             them, against the rules alone; and the shared corpus
 *                                             (never trained on) read with the model from every case
 *
 * Each line's class is read from the case's expected.json (learn/labels.ts); the rules' classes
 * from the draft the extractor makes, by the same reading. Only test/pages is read, and its cases
 * built from a shared-corpus document are never trained on: the shared corpus stays the held-out
 * scorer.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { JSDOM } from 'jsdom';
import { caseUrl, extractCase, pageCases, traditionalToSimplified, type PageCase } from '../test/extract/pages';
import { readPage } from '../shared/extract/page';
import { linesFromText, splitRunOn, type Linear } from '../shared/extract/linearize/lines';
import { unspaceLinear } from '../shared/extract/text/unspace';
import { foldLinear } from '../shared/extract/text/fold';
import { segment } from '../shared/extract/segment/segment';
import { labelLines, LINE_CLASSES, normKey, stripLead, type LineClass } from '../shared/extract/learn/labels';
import { featureIds, type LineView } from '../shared/extract/learn/features';
import { viewOf } from '../shared/extract/learn/view';
import { scores, store, train, type LineModel, type Sample } from '../shared/extract/learn/model';
import { foldOf, fromSharedCorpus } from '../shared/extract/learn/folds';
import { installLineModel } from '../shared/extract/learn/advise';
import { caseScore, scoreCase, type Expected } from '../test/extract/scorer';
import { extractFile } from '../shared/cli/read';
import { bareText as bare, corpusDir, corpusPieces } from './corpus-dir';
import { existsSync, readdirSync } from 'node:fs';
import type { MinutesDraft } from '../shared/schemas/minutes';

export const DIM = 1 << 14;
/** Settings chosen on the folds (a slower rate and some L2 overfit less; longer n-grams did not help). */
export const TRAINING = { epochs: 10, rate: 0.1, l2: 1e-4 };
export const MODEL_FILE = join(import.meta.dirname, '..', 'shared', 'extract', 'learn', 'lines.model.json');

export interface CaseLines {
  c: PageCase;
  lang: string;
  views: LineView[];
  printed: string[];
  gold: LineClass[];
}

/** The lines the segment stage sees for a case, as the pipeline makes them (unspaced, folded, run-ons cut). */
export function caseLines(c: PageCase): CaseLines | null {
  const content = readFileSync(c.file, 'utf8');
  let lin: Linear;
  if (c.html) {
    const dom = new JSDOM(content, { url: caseUrl(c) });
    try {
      const page = readPage(dom.window.document, dom.window.location.href);
      if (page.kind !== 'lines') return null;
      lin = { text: page.text, lines: page.lines };
    } finally {
      dom.window.close();
    }
  } else lin = linesFromText(content);
  lin = unspaceLinear(lin) ?? lin;
  const folded = foldLinear(lin, traditionalToSimplified);
  const printedText = folded?.printed ?? lin.text;
  const seg = segment(splitRunOn(folded?.lin ?? lin));
  const printed = seg.lines.map((l) => printedText.slice(l.start, l.end));
  return { c, lang: seg.lang, views: seg.lines.map(viewOf), printed, gold: labelLines(printed, c.expected) };
}

export function samplesOf(cl: CaseLines, dim = DIM): Sample[] {
  return cl.views.map((_, i) => ({ ids: featureIds(cl.views, i, cl.lang, dim), y: LINE_CLASSES.indexOf(cl.gold[i]) }));
}

export function minutesCases(): CaseLines[] {
  return pageCases()
    .filter((c) => c.expected.isMinutes !== false)
    .map(caseLines)
    .filter((x): x is CaseLines => !!x && x.views.length > 0);
}

function report(name: string, gold: LineClass[], got: LineClass[]) {
  const right = gold.filter((g, i) => g === got[i]).length;
  const f1s = LINE_CLASSES.filter((k) => k !== 'other').map((k) => {
    const tp = gold.filter((g, i) => g === k && got[i] === k).length;
    const fp = got.filter((x, i) => x === k && gold[i] !== k).length;
    const fn = gold.filter((g, i) => g === k && got[i] !== k).length;
    const f1 = tp ? (2 * tp) / (2 * tp + fp + fn) : 0;
    return [k, f1] as const;
  });
  const macro = f1s.reduce((a, [, f]) => a + f, 0) / f1s.length;
  console.log(
    `  ${name.padEnd(7)} accuracy ${((100 * right) / gold.length).toFixed(1)}%  macro-F1 ${macro.toFixed(3)}  ${f1s.map(([k, f]) => `${k} ${f.toFixed(3)}`).join('  ')}`,
  );
}

function kfold(all: CaseLines[], folds: number) {
  const gold: LineClass[] = [];
  const rules: LineClass[] = [];
  const model: LineClass[] = [];
  const sure: number[] = [];
  const items = { matched: 0, unmatched: 0 };
  for (let f = 0; f < folds; f++) {
    const test = all.filter((x) => foldOf(x.c, folds) === f);
    const m = train(trainable(all).filter((x) => foldOf(x.c, folds) !== f).flatMap((x) => samplesOf(x)), LINE_CLASSES, DIM, TRAINING);
    for (const x of test) {
      const draft = extractCase(x.c);
      const byRules = draft.isMinutes ? labelLines(x.printed, draft) : x.printed.map((): LineClass => 'other');
      // The rules' decision items whose first line the model is sure is "other": matched or not by an expected one.
      const expectedKeys = ((x.c.expected.decisions ?? []) as { text?: string }[]).map((e) => stripLead(normKey(e.text)).slice(0, 12)).filter(Boolean);
      for (const d of draft.isMinutes ? draft.decisions : []) {
        const at = x.printed.findIndex((t) => normKey(t).includes(normKey(d.text).slice(0, 10)));
        if (at < 0 || scores(m, featureIds(x.views, at, x.lang, DIM))[0] < 0.9) continue;
        if (expectedKeys.some((k) => stripLead(normKey(d.text)).includes(k))) items.matched++;
        else items.unmatched++;
      }
      x.views.forEach((_, i) => {
        const p = scores(m, featureIds(x.views, i, x.lang, DIM));
        gold.push(x.gold[i]);
        rules.push(byRules[i]);
        model.push(LINE_CLASSES[p.indexOf(Math.max(...p))]);
        sure.push(Math.max(...p));
      });
    }
  }
  console.log(`line classes held out (${folds} folds by source, ${all.length} minutes cases, ${gold.length} lines):`);
  console.log(`  gold    ${LINE_CLASSES.map((k) => `${k} ${gold.filter((g) => g === k).length}`).join('  ')}`);
  report('rules', gold, rules);
  report('model', gold, model);
  for (const at of [0, 0.7, 0.9]) report(`both≥${at}`, gold, rules.map((r, i) => (r === 'other' && sure[i] >= at ? model[i] : r)));
  // Where the rules found nothing: what the model would add, right and wrong, per class.
  for (const at of [0.7, 0.9])
    console.log(
      `  lines the rules leave "other", model sure ≥ ${at}: ${LINE_CLASSES.filter((k) => k !== 'other')
        .map((k) => {
          const added = model.map((m, i) => i).filter((i) => rules[i] === 'other' && model[i] === k && sure[i] >= at);
          return `${k} +${added.filter((i) => gold[i] === k).length}/-${added.filter((i) => gold[i] !== k).length}`;
        })
        .join('  ')}`,
    );
  // Where the rules give a class and the model is sure the line is "other": right and wrong, per class.
  console.log(
    `  lines the rules give a class, model sure ≥ 0.9 of "other": ${LINE_CLASSES.filter((k) => k !== 'other')
      .map((k) => {
        const vetoed = model.map((m, i) => i).filter((i) => rules[i] === k && model[i] === 'other' && sure[i] >= 0.9);
        return `${k} right ${vetoed.filter((i) => gold[i] !== k).length}/wrong ${vetoed.filter((i) => gold[i] === k).length}`;
      })
      .join('  ')}`,
  );
  console.log(`  the rules' decision items whose first line the model is sure (≥ 0.9) is "other": ${items.unmatched} not expected (dropping them right), ${items.matched} expected (dropping them wrong)`);
}

let pieces: string[] | null = null;

/**
 * The cases a model may learn from: not those built from or copied from a shared-corpus document,
 * so the shared corpus stays a held-out score.
 */
export const trainable = (all: CaseLines[]) => {
  pieces ??= corpusPieces();
  return all.filter((x) => {
    if (fromSharedCorpus(x.c)) return false;
    const t = bare(x.printed.join(''));
    return !pieces!.some((p) => t.includes(p));
  });
};

export function trainAll(all: CaseLines[]): LineModel {
  return train(trainable(all).flatMap((x) => samplesOf(x)), LINE_CLASSES, DIM, TRAINING);
}

const mean = (xs: number[]) => xs.reduce((a, b) => a + b, 0) / Math.max(1, xs.length);
const scoreOf = (expected: Expected, draft: MinutesDraft | null) => caseScore(scoreCase(expected, draft as unknown as Record<string, unknown>));
function safely(f: () => MinutesDraft): MinutesDraft | null {
  try {
    return f();
  } catch {
    return null;
  }
}


function extractHeldOut(all: CaseLines[], folds: number, sure: number) {
  const cases = pageCases();
  const line = (name: string, rows: { c: PageCase; s: number }[]) => {
    const pos = rows.filter((r) => r.c.expected.isMinutes !== false);
    const looked = rows.filter((r) => r.c.meta?.firstLook).sort((a, b) => a.c.meta!.firstLook!.measuredAt.localeCompare(b.c.meta!.firstLook!.measuredAt) || a.c.id.localeCompare(b.c.id));
    console.log(`  ${name.padEnd(28)} ${mean(rows.map((r) => r.s)).toFixed(3)} over ${rows.length} (minutes ${mean(pos.map((r) => r.s)).toFixed(3)}; last 30 first-looked now ${mean(looked.slice(-30).map((r) => r.s)).toFixed(3)})`);
  };
  installLineModel(null);
  const rules = cases.map((c) => ({ c, s: scoreOf(c.expected, safely(() => extractCase(c))) }));
  const withModel: { c: PageCase; s: number }[] = [];
  for (let f = 0; f < folds; f++) {
    installLineModel(train(trainable(all).filter((x) => foldOf(x.c, folds) !== f).flatMap((x) => samplesOf(x)), LINE_CLASSES, DIM, TRAINING), sure);
    for (const c of cases.filter((c) => foldOf(c, folds) === f)) withModel.push({ c, s: scoreOf(c.expected, safely(() => extractCase(c))) });
  }
  installLineModel(null);
  const byId = new Map(withModel.map((r) => [r.c.id, r.s]));
  console.log(`extraction held out (${folds} folds by source; model asked where sure ≥ ${sure}):`);
  line('test/pages, rules alone', rules);
  line('test/pages, rules + model', cases.map((c) => ({ c, s: byId.get(c.id)! })));
  const moved = rules.filter((r) => Math.abs(byId.get(r.c.id)! - r.s) > 1e-9);
  // Check-set cases are never shown one by one: only how many moved, up and down.
  for (const r of moved.filter((r) => !r.c.meta?.checkSet)) console.log(`    ${r.c.id}: ${r.s.toFixed(3)} → ${byId.get(r.c.id)!.toFixed(3)}`);
  const checkMoved = moved.filter((r) => r.c.meta?.checkSet);
  if (checkMoved.length) console.log(`    check set: ${checkMoved.filter((r) => byId.get(r.c.id)! > r.s).length} up, ${checkMoved.filter((r) => byId.get(r.c.id)! < r.s).length} down`);
  const dir = corpusDir();
  if (!dir) return console.log('  shared corpus: absent, not scored');
  const docs = readdirSync(dir)
    .filter((f) => /\.(html?|txt)$/.test(f))
    .map((f) => ({ file: join(dir, f), id: f.replace(/\.(html?|txt)$/, '') }))
    .filter((d) => existsSync(join(dir, `${d.id}.expected.json`)));
  const corpus = (label: string) => {
    const rows = docs.map((d) => {
      const expected = JSON.parse(readFileSync(join(dir, `${d.id}.expected.json`), 'utf8')) as Expected;
      return { expected, s: scoreOf(expected, safely(() => extractFile(d.file))) };
    });
    const pos = rows.filter((r) => r.expected.isMinutes !== false);
    console.log(`  ${label.padEnd(28)} ${mean(rows.map((r) => r.s)).toFixed(3)} over ${rows.length} (minutes ${mean(pos.map((r) => r.s)).toFixed(3)})`);
  };
  corpus('shared corpus, rules alone');
  installLineModel(trainAll(all), sure);
  corpus('shared corpus, rules + model');
  installLineModel(null);
}

if (import.meta.filename === process.argv[1] || process.argv[1]?.endsWith('train-lines.ts')) {
  const all = minutesCases();
  if (process.argv.includes('--kfold')) kfold(all, 5);
  else if (process.argv.includes('--extract')) for (const sure of [0.9]) extractHeldOut(all, 5, sure);
  else {
    const m = trainAll(all);
    const used = trainable(all);
    const json = JSON.stringify(store(m, { cases: used.length, lines: used.reduce((a, x) => a + x.views.length, 0), dim: DIM }));
    writeFileSync(MODEL_FILE, json + '\n');
    console.log(`wrote ${MODEL_FILE}: ${used.length} cases (${all.length - used.length} built or copied from the shared corpus left out), ${(json.length / 1024).toFixed(0)} KB`);
  }
}
