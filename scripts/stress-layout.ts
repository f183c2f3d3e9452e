/**
 * How robust extraction is to the portal a page comes from: every text case of test/pages (and of
 * the shared corpus, when beside the repository) is put into the page layouts real portals use —
 * an article among menus and related links, an OA reading form with the receiving office's own
 * fields, a Word export's spans, a preformatted block, an old site's nested tables, a page of
 * styled divs — and read through the DOM, as the extension reads it. Each layout's score is set
 * against the same text read as text, so a drop is what the layout costs.
 *
 *   npx tsx scripts/stress-layout.ts [--verbose] [--only <layout>]
 *
 * --verbose lists, per layout, the cases that lose more than 0.1, with the fields they lose.
 */
import { readFileSync } from 'node:fs';
import { JSDOM } from 'jsdom';
import { extractFromDocument, extractFromText } from '../shared/extract/index';
import { pageCases, traditionalToSimplified } from '../test/extract/pages';
import { caseScore, scoreCase, type Expected } from '../test/extract/scorer';
import { LAYOUTS } from './layouts';
import { isZh } from './variants/text';

const args = process.argv.slice(2);
const verbose = args.includes('--verbose');
const only = args.includes('--only') ? args[args.indexOf('--only') + 1] : undefined;

const fold = traditionalToSimplified;

interface TextCase {
  id: string;
  text: string;
  expected: Expected;
}
const cases: TextCase[] = pageCases()
  .filter((c) => !c.html)
  .map((c) => ({ id: c.id, text: readFileSync(c.file, 'utf8'), expected: c.expected }));

const minutes = cases.filter((c) => c.expected.isMinutes !== false);
const lookAlikes = cases.length - minutes.length;
console.log(`layout stress test over ${minutes.length} minutes and ${lookAlikes} look-alikes (the text cases of test/pages), each read as text and in each layout`);
console.log(`  ${'layout'.padEnd(16)} minutes score (as text)   refused   lost > 0.1   look-alikes accepted`);

const asText = new Map(cases.map((c) => [c.id, scoreCase(c.expected, extractFromText(c.text, { fold }))]));
const mean = (xs: number[]) => xs.reduce((a, b) => a + b, 0) / Math.max(1, xs.length);
const textMean = mean(minutes.map((c) => caseScore(asText.get(c.id)!)));
const textRefused = minutes.filter((c) => !asText.get(c.id)!.isMinutes).length;
const textAccepted = cases.filter((c) => c.expected.isMinutes === false && !asText.get(c.id)!.isMinutes).length;
console.log(`  ${'as text'.padEnd(16)} ${textMean.toFixed(3)}                  ${String(textRefused).padStart(4)}   ${''.padStart(6)}       ${String(textAccepted).padStart(4)} of ${lookAlikes}`);
const detail: string[] = [];
for (const [name, layout] of Object.entries(LAYOUTS)) {
  if (only && name !== only) continue;
  const scores: number[] = [];
  let refused = 0;
  let accepted = 0;
  const lost: string[] = [];
  for (const c of cases) {
    const zh = isZh(c.text);
    const html = layout(c.text, zh);
    const url = "https://portal.example/art/2024/6/12/art_1234_5678.html";
    const dom = new JSDOM(html, { url });
    const fields = scoreCase(c.expected, extractFromDocument(dom.window.document, url, { fold }));
    dom.window.close();
    if (c.expected.isMinutes === false) {
      if (fields.isMinutes === 0) {
        accepted++;
        if (asText.get(c.id)!.isMinutes === 1) lost.push(`  ${c.id} accepted (rejected as text)`);
      }
      continue;
    }
    const s = caseScore(fields);
    scores.push(s);
    if (!fields.isMinutes) refused++;
    const base = asText.get(c.id)!;
    if (caseScore(base) - s > 0.1) {
      const which = Object.keys(fields).filter((k) => (fields as Record<string, number>)[k] < (base as Record<string, number>)[k] - 0.01);
      lost.push(`  ${c.id} ${caseScore(base).toFixed(2)} → ${s.toFixed(2)} (${which.join(', ')})`);
    }
  }
  console.log(`  ${name.padEnd(16)} ${mean(scores).toFixed(3)} (${textMean.toFixed(3)})          ${String(refused).padStart(4)}   ${String(lost.length).padStart(6)}       ${String(accepted).padStart(4)} of ${lookAlikes}`);
  if (verbose && lost.length) detail.push(`${name}:`, ...lost);
}
if (verbose) console.log(detail.join('\n'));
