// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { linearize } from '../linearize/linearize';
import { locate } from './locate';

function page(html: string): Document {
  return new DOMParser().parseFromString(html, 'text/html');
}

const links = (n: number) => Array.from({ length: n }, (_, i) => `<li><a href="https://example.org/${i}">https://example.org/a-long-link-${i}</a></li>`).join('');
const section = (h: string, items: string[]) => `<h2>${h}</h2><ul>${items.map((t) => `<li>${t}<ul><li>${t}, discussed at length by the members present, with views on all sides.</li><li>It was agreed to revisit it, and Anna will report back next month.</li></ul></li>`).join('')}</ul>`;

describe('a post whose body is headings each followed by a list', () => {
  const body = `<p>11 people attended</p>${section('Organisational issues', ['Members list', 'Twitter account', 'Logo contest', 'Email account'])}${section('Conference', ['Session proposal', 'Travel grants'])}<h2>Links</h2><ul>${links(8)}</ul>${section('Next meeting', ['Date and time'])}`;
  const shells: [string, string][] = [
    ['in a static site’s post', `<header><nav><a href="/">Home</a><a href="/minutes">Minutes</a></nav></header><div class="post"><h1>Regular meeting</h1><div class="post-content"><div>${body}</div></div></div><footer>© 2020</footer>`],
    ['straight in the article', `<nav><a href="/">Home</a></nav><article>${body}</article>`],
  ];
  for (const [name, html] of shells) {
    it(`reads every section and its heading, not the first list alone (${name})`, () => {
      const found = locate(page(html));
      const text = linearize(found.root!, found.drop).text;
      expect(text).toContain('Organisational issues');
      expect(text).toContain('Travel grants');
      expect(text).toContain('Date and time');
      // The list of links between the sections stays out.
      expect(text).not.toContain('a-long-link-3');
    });
  }

  it('does not widen a list into a column of link lists', () => {
    const html = `<div class="main"><div class="text"><p>Minutes of the meeting held on 3 May 2020. Present: A Smith, B Jones.</p><p>It was agreed to approve the budget, and the clerk will write to the county.</p></div></div><div class="col"><h3>Latest</h3><ul>${links(10)}</ul><h3>Popular</h3><ul>${links(10)}</ul></div>`;
    const found = locate(page(html));
    const text = linearize(found.root!, found.drop).text;
    expect(text).toContain('approve the budget');
    expect(text).not.toContain('a-long-link-3');
  });
});
