// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { extractFromDocument } from '../index';
import { attendanceBlocks } from './attendance-block';

/**
 * Scribe-template pages of several groups: a header, the attendance block in its own box beside a table of
 * contents, then the minutes in <main>. The block is printed as a definition list or as a table.
 */
const groups = [
  { group: 'RDF-star', present: ['AndyS', 'Dominik_T', 'fabio', 'gkellogg', 'olaf_', 'TallTed'], chair: 'pchampin' },
  { group: 'Web Payments WG', present: ['Ian', 'nick_telford', 'rouslan', 'Gerhard', 'stpeter'], chair: 'nick_telford' },
  { group: 'Verifiable Credentials', present: ['Ann Lee', 'Bob Ray', 'Carl Fox', 'Dora Wu'], chair: 'Ann Lee' },
];

function block(kind: 'dl' | 'table', rows: [string, string][]): string {
  if (kind === 'dl') return `<dl class="intro">${rows.map(([k, v]) => `<dt>${k}</dt><dd>${v}</dd>`).join('')}</dl>`;
  return `<table>${rows.map(([k, v]) => `<tr><th>${k}</th><td>${v}</td></tr>`).join('')}</table>`;
}

function scribePage(g: (typeof groups)[number], kind: 'dl' | 'table'): Document {
  const toc = Array.from({ length: 6 }, (_, i) => `<li><a href="#t0${i}">Topic ${i}</a></li>`).join('');
  const html = `<header><h1>${g.group}</h1><h2>25 March 2022</h2><nav><a href="/prev">Previous meeting</a> <a href="/irc">IRC log</a></nav></header>
    <div id="prelims"><div id="attendees"><h2>Attendees</h2>${block(kind, [['Present', g.present.join(', ')], ['Regrets', '-'], ['Chair', g.chair], ['Scribe', g.present[0]]])}</div>
    <nav id="toc"><h2>Contents</h2><ol>${toc}</ol></nav></div>
    <main id="meeting"><h2>Meeting minutes</h2>
    <section><h3>Announcements</h3><p>${g.chair}: the charter goes to the advisory committee next week; the meeting agreed to send it on.</p>
    <p>RESOLUTION: publish the final report of the group on its web page before the next call.</p>
    <p>ACTION: ${g.present[1]} to ping the editors about the final report by 8 April 2022.</p></section></main>`;
  return new DOMParser().parseFromString(html, 'text/html');
}

describe('an attendance block printed before the minutes, apart from them', () => {
  for (const g of groups) {
    for (const kind of ['dl', 'table'] as const) {
      it(`${g.group} (${kind})`, () => {
        const d = extractFromDocument(scribePage(g, kind));
        expect(d.attendees).toEqual(g.present);
        expect(d.presider).toBe(g.chair);
      });
    }
  }

  // Where the content read is the whole page (a template whose closing parts, the scribe tool's
  // diagnostics, pull the content up to <body>), the attendance box is still skipped with the table
  // of contents it was dropped with: the block is read before the content all the same.
  for (const g of groups) {
    for (const kind of ['dl', 'table'] as const) {
      it(`${g.group} (${kind}), the whole page read`, () => {
        const doc = scribePage(g, kind);
        const prelims = doc.getElementById('prelims')!;
        const found = attendanceBlocks(doc.body, doc.body, new Set([prelims]));
        expect(found).toEqual([prelims.querySelector(kind)]);
      });
    }
  }
  it('a block in the page read whose box was not dropped is read with the page, not twice', () => {
    const doc = scribePage(groups[0], 'dl');
    expect(attendanceBlocks(doc.body, doc.body, new Set())).toEqual([]);
  });

  it('a list in a sidebar with one attendance word is not read', () => {
    const html = `<aside><dl><dt>Present</dt><dd>Site news</dd><dt>Archive</dt><dd>2021</dd></dl></aside>
      <main><h2>Meeting minutes</h2><p>Present: Ann Lee, Bob Ray, Carl Fox</p><p>The meeting agreed to publish the report.</p><p>Action: Bob to send the report to members by Friday.</p></main>`;
    const d = extractFromDocument(new DOMParser().parseFromString(html, 'text/html'));
    expect(d.attendees).toEqual(['Ann Lee', 'Bob Ray', 'Carl Fox']);
  });
});
