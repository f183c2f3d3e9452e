/**
 * Extractor benchmark. Prints `name: ratio` lines only:
 *  - extractor time ÷ @mozilla/readability parse time, on the same HTML documents in the same run
 *    (each parses its own copy of the page; parsing the HTML is left out of both);
 *  - time per MB of text at 4 and 16 MB relative to 1 MB (1.0 means linear).
 */
import { readdirSync, readFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { JSDOM, VirtualConsole } from 'jsdom';
import { Readability } from '@mozilla/readability';
import { extractFromDocument, extractFromText } from '../shared/extract/index';
import { quietConsole } from '../shared/cli/read';

const root = join(import.meta.dirname, '..');

function htmlDocuments(): { name: string; html: string }[] {
  const out: { name: string; html: string }[] = [];
  const pages = join(root, 'test', 'pages');
  for (const d of readdirSync(pages)) {
    const f = join(pages, d, 'source.html');
    if (existsSync(f)) out.push({ name: d, html: readFileSync(f, 'utf8') });
  }
  const demo = join(root, 'server', 'demo', 'pages');
  if (existsSync(demo)) for (const f of readdirSync(demo)) if (f.endsWith('.html')) out.push({ name: f, html: readFileSync(join(demo, f), 'utf8') });
  return out;
}

function textDocuments(): string[] {
  const corpus = join(root, '..', 'shared', 'corpus');
  // The case folders (test/pages also holds LABELS.md).
  const pages = readdirSync(join(root, 'test', 'pages'), { withFileTypes: true }).filter((d) => d.isDirectory());
  const dirs = [corpus, ...pages.map((d) => join(root, 'test', 'pages', d.name))];
  const out: string[] = [];
  for (const dir of dirs) {
    if (!existsSync(dir)) continue;
    for (const f of readdirSync(dir)) if (f.endsWith('.txt')) out.push(readFileSync(join(dir, f), 'utf8'));
  }
  return out;
}

function timeIt(fn: () => void): number {
  const t = process.hrtime.bigint();
  fn();
  return Number(process.hrtime.bigint() - t) / 1e6;
}

function versusReadability(rounds: number) {
  const docs = htmlDocuments();
  let ours = 0;
  let theirs = 0;
  for (let r = 0; r < rounds; r++) {
    for (const { html } of docs) {
      const a = new JSDOM(html, { url: 'https://portal.example/page.html', virtualConsole: quietConsole(VirtualConsole) }).window.document;
      const b = new JSDOM(html, { url: 'https://portal.example/page.html', virtualConsole: quietConsole(VirtualConsole) }).window.document;
      const t1 = timeIt(() => extractFromDocument(a, 'https://portal.example/page.html'));
      const t2 = timeIt(() => new Readability(b).parse());
      if (r > 0) {
        ours += t1;
        theirs += t2;
      }
    }
  }
  console.log(`extract/readability (${docs.length} pages): ${(ours / theirs).toFixed(2)}`);
}

function perMegabyte() {
  const docs = textDocuments();
  const build = (bytes: number) => {
    const parts: string[] = [];
    let size = 0;
    for (let i = 0; size < bytes; i++) {
      const d = docs[i % docs.length];
      parts.push(d);
      size += Buffer.byteLength(d, 'utf8') + 2;
    }
    return parts.join('\n\n');
  };
  const perMb = (mb: number) => {
    const text = build(mb * 1024 * 1024);
    // Warm up on a full megabyte, so the first size is not charged for compiling the patterns.
    extractFromText(text.slice(0, 1024 * 1024));
    const runs = mb >= 16 ? 2 : 3;
    let best = Infinity;
    for (let i = 0; i < runs; i++) best = Math.min(best, timeIt(() => extractFromText(text)));
    return best / mb;
  };
  const one = perMb(1);
  console.log(`per-MB 1MB/1MB: 1.00`);
  console.log(`per-MB 4MB/1MB: ${(perMb(4) / one).toFixed(2)}`);
  console.log(`per-MB 16MB/1MB: ${(perMb(16) / one).toFixed(2)}`);
}

export function runExtractBench() {
  versusReadability(3);
  perMegabyte();
}

if (import.meta.url === `file://${process.argv[1]}`) runExtractBench();
