/**
 * A page's container that holds both the site's navigation and the document (a docs generator's
 * page: MkDocs, Docusaurus, a wiki) can be mostly link text as a whole, its menus listing every
 * page of the site. Dropping it for its link density drops the document with it: a container that
 * holds an article or main element of running text, few of its words in links, is kept and read
 * inside, where its menus are dropped on their own.
 */
export interface TextStat {
  text: number;
  link: number;
}

const ARTICLE = 'article, main, [role="main"]';

export function holdsArticle(el: Element, st: Map<Element, TextStat>): boolean {
  for (const a of Array.from(el.querySelectorAll(ARTICLE)).slice(0, 20)) {
    const s = st.get(a);
    if (s && s.text - s.link >= 200 && s.link / Math.max(1, s.text) <= 0.3) return true;
  }
  return false;
}
