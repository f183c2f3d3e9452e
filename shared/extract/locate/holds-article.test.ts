// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { extractFromDocument, linearizePage } from '../index';

const page = (html: string): Document => new DOMParser().parseFromString(html, 'text/html');
/** A docs site's menu listing every page: far more link text than the one document beside it. */
const menuItems = (n: number) => Array.from({ length: n }, (_, i) => `<li><a href="/minutes/${i}/">2023${String(i).padStart(4, '0')} 社團會議記錄 第${i}次</a></li>`).join('');
const body = `<h1>Committee meeting 2023-09-04</h1><h2>Attendees</h2><ul><li>Alice Chan</li><li>Bob Lee</li><li>Carol Wu</li></ul><h2>Notes</h2><ul><li>It was agreed that the poster is final and 300 flyers are printed.</li><li>Bob Lee to book the room for the club fair by 9 September.</li><li>Carol Wu will check the equipment list with the former treasurer.</li></ul><p>The meeting closed at 20:40.</p>`;

/** Docs generators' layouts: one container holds the site's menus (classed as nothing in particular) and the article. */
const layouts: [string, string][] = [
  ['MkDocs Material', `<div class="md-container"><main class="md-main"><div class="md-sidebar md-sidebar--primary"><div class="md-nav"><ul>${menuItems(80)}</ul></div></div><div class="md-content"><article class="md-content__inner md-typeset">${body}</article></div></main></div>`],
  ['Docusaurus', `<div id="__docusaurus"><div class="main-wrapper"><div class="docPage"><div class="theme-doc-sidebar-container"><ul class="menu__list">${menuItems(80)}</ul></div><main class="docMainContainer"><div class="container"><article>${body}</article></div></main></div></div></div>`],
  ['a wiki', `<div id="page-wrap"><div id="column-one"><ul>${menuItems(80)}</ul></div><div id="content" role="main"><div id="bodyContent">${body}</div></div></div>`],
];

describe('a docs site’s page: menus and the document in one container', () => {
  it.each(layouts)('%s: the document is read', (_, html) => {
    const d = extractFromDocument(page(`<html><body>${html}</body></html>`));
    expect(d.isMinutes).toBe(true);
    expect(d.attendees).toEqual(expect.arrayContaining(['Alice Chan', 'Bob Lee', 'Carol Wu']));
    expect(d.meetingDate).toBe('2023-09-04');
  });
  it('a container of menus alone is still left out', () => {
    const doc = page(`<html><body><div class="wrap"><ul>${menuItems(40)}</ul></div><div class="doc"><article>${body}</article></div></body></html>`);
    const text = linearizePage(doc)!.text;
    expect(text).toContain('Bob Lee to book the room');
    expect(text).not.toContain('社團會議記錄');
  });
});
