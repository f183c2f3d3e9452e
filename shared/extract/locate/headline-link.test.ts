// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { locate } from './locate';
import { extractFromDocument } from '../index';

const page = (html: string): Document => new DOMParser().parseFromString(html, 'text/html');
const menu = `<header><h1 class="site-title"><a href="/">Riverside Residents Association</a></h1><nav><ul><li><a href="/about/">About</a></li><li><a href="/minutes/">Minutes</a></li><li><a href="/events/">Events</a></li><li><a href="/contact/">Contact</a></li></ul></nav></header>`;
// A note page's body: links printed as their addresses, so the body alone is the densest block.
const links = ['https://github.com/riverside/budget', 'https://github.com/riverside/accounts/releases/tag/v2020', 'https://groups.example.org/g/riverside/c/agm-2020-planning'];
const body = `<p>Present: John Smith (Chair), Mary Jones, Tom Brown, Ann Lee</p><h2>Budget</h2><ul><li>It was agreed that the 2020 budget be approved as circulated.</li>${links.map((u) => `<li>See <a href="${u}">${u}</a></li>`).join('')}</ul><h2>Actions</h2><p>Action: Tom Brown to circulate the accounts by 30 June.</p><p>The meeting closed at 9.15pm.</p>`;
const title = 'Committee Meeting Minutes – 3 March 2020';

/** Static-site generators' post layouts: the post's title links to the post itself, above its body. */
const layouts: [string, string][] = [
  ['Hugo', `${menu}<main><article class="post"><h1 class="post-title"><a href="/minutes/2020-03-03/">${title}</a></h1><div class="post-meta"><time>2020-03-03</time></div><div class="post-content">${body}</div></article></main>`],
  ['Jekyll', `${menu}<div class="wrapper"><div class="post"><h1 class="post-title"><a href="https://riverside.example.org/minutes/2020/03/03/committee.html">${title}</a></h1><p class="post-meta">Mar 3, 2020</p><div class="post-content">${body}</div></div></div>`],
  ['Hexo', `${menu}<div id="main"><article><header class="article-header"></header><h2 class="article-title"><a class="article-title" href="/2020/03/03/committee-meeting/">${title}</a></h2><div class="article-entry">${body}</div></article></div>`],
];

describe("a post's title that links to the post itself, above a body with section headings", () => {
  it.each(layouts)('%s: the headline is the post title', (_n, html) => {
    expect(locate(page(html)).headline).toBe(title);
  });

  it.each(layouts)('%s: read as the minutes title', (_n, html) => {
    const d = extractFromDocument(page(html));
    expect(d.isMinutes).toBe(true);
    expect(d.title).toBe(title);
  });

  it("a heading linking home is the site's name, not the document's", () => {
    for (const [, html] of layouts) expect(locate(page(html)).headline).not.toBe('Riverside Residents Association');
    const homeOnly = `<div class="wrap"><h1><a href="/">Riverside Residents Association</a></h1><div class="entry">${body}</div></div>`;
    expect(locate(page(homeOnly)).headline ?? null).toBeNull();
  });

  it('a body that opens with its own heading keeps it as its title', () => {
    const html = `${menu}<div class="post"><h1 class="post-title"><a href="/news/">News</a></h1><div class="post-content"><h2>${title}</h2>${body}</div></div>`;
    expect(locate(page(html)).headline ?? null).toBeNull();
  });
});
