/**
 * A content block chosen inside a run of sections: one list (or table) of a post whose body is
 * headings each followed by a list ("<h2>Organisational issues</h2><ul>…</ul><h2>News</h2><ul>…</ul>"),
 * as note pages and static sites print minutes. The scorer gives a nested list's points to the list,
 * so it picks the first one and leaves the rest of the record, and the headings, out. Its parent is
 * the post's body when every child of that parent is content (headings among them) and none of it
 * is a link farm (a block the chrome pass left out stays out).
 */
import { childElements, tagOf } from './dom';

const CONTENT_TAGS = /^(?:P|UL|OL|DL|H[1-6]|TABLE|BLOCKQUOTE|PRE|DIV|SECTION|HR|BR|FIGURE|SPAN|STRONG|EM|B|I|CODE)$/;
const LIST_LIKE = /^(?:UL|OL|DL|TABLE|LI)$/;

interface Counts {
  text: number;
  link: number;
}

export function widenToSections(el: Element, body: Element, st: Map<Element, Counts>, drop: Set<Element>): Element {
  let cur = el;
  for (let i = 0; i < 3 && cur !== body; i++) {
    const p = cur.parentElement;
    if (!p || p === body) break;
    // A block of running text holds its own section; only a list or a table is one among several.
    if (i === 0 && !LIST_LIKE.test(tagOf(cur))) break;
    // Blocks the chrome pass left out (a list of links among the sections) stay out when the parent is read.
    const kids = childElements(p).filter((c) => st.has(c) && !drop.has(c));
    if (kids.some((c) => !CONTENT_TAGS.test(tagOf(c)))) break;
    if (!kids.some((c) => /^H[1-6]$/.test(tagOf(c)))) break;
    const text = kids.reduce((n, c) => n + st.get(c)!.text, 0);
    const link = kids.reduce((n, c) => n + st.get(c)!.link, 0);
    if (link / Math.max(1, text) > 0.3) break;
    cur = p;
  }
  return cur;
}
