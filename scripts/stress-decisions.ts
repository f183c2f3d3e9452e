/**
 * How robust the decisions (with their assignees and due) are to the ways an unseen page prints a
 * record's items:
 *
 *   npx tsx scripts/stress-decisions.ts [--ids FILE] [--verbose] [--only <perturbation>]
 *
 * Every minutes case of test/pages (those listed in --ids, if given) is read as text, perturbed
 * (its numbers dressed in Markdown, its lines joined or wrapped, its script turned Traditional),
 * and its decisions scored against its labels. A case refused either way is left out of the means.
 * --verbose lists the cases that lose the most (never use it on a held-out set).
 */
import { readFileSync } from 'node:fs';
import { Converter } from 'opencc-js';
import { extractFromText } from '../shared/extract/index';
import { pageCases, traditionalToSimplified } from '../test/extract/pages';
import { caseText, isZh, lines } from './variants/text';
import { scoreCase } from '../test/extract/scorer';
import { colonDropped } from './variants/headings';
import { boldNumbers, bulletItems, bulletedNumbers, headingNumbers, numberAlone, taskItems } from './variants/markdown-numbers';

const args = process.argv.slice(2);
const verbose = args.includes('--verbose');
const only = args.includes('--only') ? args[args.indexOf('--only') + 1] : undefined;
const idsFile = args.includes('--ids') ? args[args.indexOf('--ids') + 1] : undefined;
const ids = idsFile ? new Set(readFileSync(idsFile, 'utf8').split('\n').filter(Boolean)) : null;

let s2t: ((s: string) => string) | null = null;

const PERTURB: Record<string, (text: string, zh: boolean) => string> = {
  'as text': (t) => t,
  'bold numbers': boldNumbers,
  'heading numbers': headingNumbers,
  'task items': taskItems,
  'bullet items': bulletItems,
  'bulleted numbers': bulletedNumbers,
  'number alone': numberAlone,
  'heading colon dropped': colonDropped,
  'join 4 lines': (t, zh) => {
    const ls = lines(t);
    const out: string[] = [];
    for (let i = 0; i < ls.length; i += 4) out.push(ls.slice(i, i + 4).join(zh ? '' : ' '));
    return out.join('\n');
  },
  'to Traditional': (t, zh) => {
    if (!zh) return t;
    s2t ??= Converter({ from: 'cn', to: 'tw' });
    return s2t(t);
  },
};

const cases = pageCases()
  .filter((c) => c.expected.isMinutes !== false && (!ids || ids.has(c.id)))
  .flatMap((c) => {
    const text = caseText(c);
    return text === null ? [] : [{ c, text, zh: isZh(text) }];
  });

type Dec = { text: string; assignees: string[]; due: string | null };
/** Decisions in Simplified script: a text turned Traditional is scored on what it says, against labels folded the same way. */
/** A label folded as printed text is: a string, or each of a list of accepted alternatives. */
const fold = <T,>(v: T): T => (typeof v === 'string' ? (traditionalToSimplified(v) as T) : Array.isArray(v) ? (v.map(fold) as T) : v);
const folded = (ds: Dec[] | undefined) => ds?.map((x) => ({ ...x, text: fold(x.text), assignees: (x.assignees ?? []).map(fold), due: fold(x.due) }));
const score = (c: (typeof cases)[number]['c'], text: string, fold = false) => {
  const d = extractFromText(text, { fold: traditionalToSimplified });
  if (!fold) return scoreCase(c.expected, d as never);
  return scoreCase({ ...c.expected, decisions: folded(c.expected.decisions as Dec[]) }, { ...d, decisions: folded(d.decisions as Dec[]) } as never);
};
const base = new Map(cases.map((x) => [x.c.id, score(x.c, x.text)]));
console.log(`decisions stress test over ${cases.length} minutes${idsFile ? ` of ${idsFile}` : ''}`);
console.log(`  ${'perturbation'.padEnd(18)} refused  decisions  assignees  due   (as text: same cases)`);
for (const name of Object.keys(PERTURB).filter((n) => !only || n === only)) {
  let n = 0, refused = 0;
  const sum = { decisions: 0, assignees: 0, due: 0 }, was = { decisions: 0, assignees: 0, due: 0 };
  const lost: [string, number][] = [];
  for (const x of cases) {
    const fold = name === 'to Traditional';
    const b = fold ? score(x.c, x.text, true) : base.get(x.c.id)!;
    if (!b.isMinutes) continue;
    const f = score(x.c, PERTURB[name](x.text, x.zh), fold);
    if (!f.isMinutes) { refused++; continue; }
    n++;
    for (const k of ['decisions', 'assignees', 'due'] as const) { sum[k] += f[k]; was[k] += b[k]; }
    if (b.decisions - f.decisions > 0.2) lost.push([x.c.id, b.decisions - f.decisions]);
  }
  const m = (v: number) => (v / Math.max(n, 1)).toFixed(3);
  console.log(`  ${name.padEnd(18)} ${String(refused).padStart(4)}     ${m(sum.decisions)}      ${m(sum.assignees)}    ${m(sum.due)}  (${m(was.decisions)} ${m(was.assignees)} ${m(was.due)}); ${lost.length} cases lose > 0.2`);
  if (verbose) for (const [id, d] of lost.sort((a, b) => b[1] - a[1])) console.log(`      ${id} -${d.toFixed(2)}`);
}
