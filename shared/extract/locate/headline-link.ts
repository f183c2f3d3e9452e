/**
 * A heading that holds a link: the site's name linking home ("<h1><a href="/">Club</a></h1>"), or
 * a post's title linking to itself, as static-site generators print it ("<h1><a href="/minutes/2020-11-03/">
 * Regular meeting (Nov 2020)</a></h1>"). The first is the site's headline, the second the document's.
 */

/** Where a link goes home: the site's root or its index page. */
const HOME = /^(?:(?:https?:)?\/\/[^/?#]+)?\/?(?:index\.html?)?(?:[?#].{0,200})?$|^\.\.?\/?$|^#/i;

/** True when the heading's link makes it the site's (home, or more than one link), not a post's own title. */
export function siteHeadingLink(h: Element): boolean {
  const links = Array.from(h.querySelectorAll('a'));
  if (!links.length) return false;
  if (links.length > 1) return true;
  const a = links[0];
  // Inside the page's banner, or over only part of the heading's words: the site's.
  if (a.closest('header, nav, [role="banner"]')) return true;
  if ((a.textContent ?? '').trim().length < (h.textContent ?? '').trim().length * 0.8) return true;
  const href = (a.getAttribute('href') ?? '').trim();
  return !href || HOME.test(href);
}

/**
 * The content's own headline: an h1, or an h2 at its top. A post's section headings ("<h2>Organisational
 * issues</h2>" under "11 ppl attended") are not its title: its title is the heading above it.
 */
export function ownHeading(content: Element): boolean {
  const h1 = content.querySelector('h1');
  if (h1 && (h1.textContent ?? '').trim()) return true;
  const h2 = content.querySelector('h2');
  const t = (h2?.textContent ?? '').trim();
  if (!h2 || !t) return false;
  const before = (content.textContent ?? '').split(t)[0].trim();
  return before.length === 0;
}
