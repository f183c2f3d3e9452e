/**
 * Finds the document's content root in a page: a generic scorer (text density, minutes markers,
 * link density) that leaves out navigation, breadcrumbs, sidebars, "recommended/popular" lists and
 * footers; same-origin iframes and srcdoc frames are searched too. Site profiles (declarative
 * selectors for known OA products) are tried first when one matches the URL.
 */
import { ownHeading, siteHeadingLink } from './headline-link';
import { SKIP_TAGS, ELEMENT_NODE, TEXT_NODE, tagOf, isHidden, childElements } from './dom';
import { matchProfile, type ProfilePatterns } from '../profiles/match';
import { normalizeText } from '../text/normalize';
import { widenToSections } from './sections';
import { withCloseRival, type Candidate } from './close-rival';
import { attendanceBlocks } from './attendance-block';
import { holdsArticle } from './holds-article';

export interface Located {
  /** Elements to linearize in order: metadata tables found outside the content, then the content. */
  root: Element[] | null;
  /** Boilerplate inside the root, left out of the text. */
  drop: Set<Element>;
  warnings: string[];
  /** How much the chosen content looks like minutes (for comparing frames). */
  score: number;
  /** The page's headline just above the content, when the content does not hold it. */
  headline?: string | null;
  /** True when no content block was found and the whole page was read (a weaker reading). */
  wholePage?: boolean;
  /** The site profile that matched the page (by URL or by selector), if any. */
  profile?: string | null;
}

export interface LocateOptions {
  /** Extra URL patterns per profile id (an admin's intranet and VPN hosts). */
  profilePatterns?: ProfilePatterns;
}

const NEG_HINT =
  /(?:^|[-_\s])(?:nav|navbar|navigation|menu|menus|breadcrumbs?|crumbs?|bread|sidebar|side|aside|footer|foot|copyright|copy|recommend\w*|related|relate|popular|hot|hots|rank\w*|share|social|comments?|ad|ads|advert\w*|banner|toolbar|tools?|pager|pagination|page-?nav|topbar|top-?nav|login|search|subscribe|friend-?links?|links|tags?|qr|qrcode|weixin|wechat|prev|next|widget|more|list-?news|news-?list)(?:[-_\s\d]|$)/i;
const POS_HINT = /(?:^|[-_\s])(?:article|content|contents|main|body|text|detail|details|doc|document|zoom|minutes|post|entry|con|cont|wzcon|nr|zw|tycon|view|read)(?:[-_\s\d]|$)/i;
const MARKERS = /纪要|紀要|会议记录|议定|議定|会议决定|会议同意|会议认为|会议指出|会议强调|会议要求|主持|出席|列席|抄送|印发|minutes|the meeting (?:decided|agreed|held|emphasi[sz]ed|pointed out)|it was (?:agreed|resolved)|present:|apologies|resolved/gi;
const DROP_ROLES = /^(?:navigation|banner|contentinfo|complementary|search|menu|menubar|toolbar)$/i;

export interface Stat {
  text: number;
  link: number;
  links: number;
  /** Minutes markers in the element's text (summed bottom-up, so each text is read once). */
  marks: number;
  /** Of those, the ones inside links (a list of "XX会议纪要" links is not the minutes' own text). */
  linkMarks: number;
}

/** Post-order pass: text length, link text length and link count of every element, iteratively. */
function stats(root: Element): Map<Element, Stat> {
  const map = new Map<Element, Stat>();
  const order: Element[] = [];
  const stack: Element[] = [root];
  while (stack.length) {
    const el = stack.pop()!;
    order.push(el);
    for (let c = el.firstElementChild; c; c = c.nextElementSibling) {
      if (!SKIP_TAGS.has(tagOf(c)) && !isHidden(c)) stack.push(c);
    }
  }
  for (let i = order.length - 1; i >= 0; i--) {
    const el = order[i];
    const s: Stat = { text: 0, link: 0, links: tagOf(el) === 'A' ? 1 : 0, marks: 0, linkMarks: 0 };
    for (let c = el.firstChild; c; c = c.nextSibling) {
      if (c.nodeType === TEXT_NODE) {
        const data = (c as Text).data || '';
        s.text += data.replace(/\s+/g, '').length;
        s.marks += markerCount(data);
      }
      else if (c.nodeType === ELEMENT_NODE) {
        const cs = map.get(c as Element);
        if (!cs) continue;
        s.text += cs.text;
        s.link += cs.link;
        s.links += cs.links;
        s.marks += cs.marks;
        s.linkMarks += cs.linkMarks;
      }
    }
    if (tagOf(el) === 'A') {
      s.link = s.text;
      s.linkMarks = s.marks;
    }
    map.set(el, s);
  }
  return map;
}

function hint(el: Element): string {
  return `${el.getAttribute('class') ?? ''} ${el.getAttribute('id') ?? ''}`;
}

function ownText(el: Element): string {
  let t = '';
  for (let c = el.firstChild; c; c = c.nextSibling) if (c.nodeType === TEXT_NODE) t += (c as Text).data;
  return t;
}

function markerCount(s: string): number {
  let n = 0;
  MARKERS.lastIndex = 0;
  while (MARKERS.exec(s) && n < 50) n++;
  return n;
}

/** Boilerplate elements: navigation, sidebars, related lists, footers, link farms. */
function findDrop(body: Element, st: Map<Element, Stat>): Set<Element> {
  const drop = new Set<Element>();
  const stack: Element[] = [body];
  while (stack.length) {
    const el = stack.pop()!;
    const s = st.get(el);
    if (!s) continue;
    const tag = tagOf(el);
    const role = el.getAttribute('role') ?? '';
    let bad = false;
    if (el !== body) {
      if (tag === 'NAV' || tag === 'ASIDE' || DROP_ROLES.test(role)) bad = true;
      else if ((tag === 'FOOTER' || tag === 'HEADER') && s.link / Math.max(1, s.text) > 0.2) bad = true;
      else if (NEG_HINT.test(hint(el)) && !POS_HINT.test(hint(el))) {
        // A "side" or "foot" box that holds the minutes' own body stays.
        const plain = s.text - s.link;
        bad = !(plain > 200 && s.marks - s.linkMarks >= 2);
      } else if (s.links >= 3 && s.link / Math.max(1, s.text) > 0.5 && !holdsArticle(el, st)) bad = true;
      else if (tag === 'FOOTER') bad = true;
    }
    if (bad) {
      drop.add(el);
      continue;
    }
    for (const c of childElements(el)) stack.push(c);
  }
  return drop;
}

/** Readability-style: paragraphs give points to their parent and grandparent. */
function bestCandidate(body: Element, st: Map<Element, Stat>, drop: Set<Element>, all: Candidate[] = []): Candidate | null {
  const scores = new Map<Element, number>();
  const stack: Element[] = [body];
  while (stack.length) {
    const el = stack.pop()!;
    if (drop.has(el) || !st.has(el)) continue;
    for (const c of childElements(el)) stack.push(c);
    const own = normalizeText(ownText(el)).replace(/\s+/g, '');
    const tag = tagOf(el);
    const para = /^(?:P|TD|LI|PRE|H[1-6]|DD|BLOCKQUOTE)$/.test(tag) || own.length >= 25;
    if (!para) continue;
    const text = tag === 'P' || /^H\d$/.test(tag) || own.length >= 25 ? (own.length >= 25 ? own : normalizeText(el.textContent ?? '').replace(/\s+/g, '')) : own;
    if (text.length < 6) continue;
    const commas = (text.match(/[,，、。;；]/g) ?? []).length;
    let score = 1 + Math.min(commas, 20) + Math.min(text.length / 100, 3) + 3 * markerCount(text.slice(0, 2000));
    const st0 = st.get(el)!;
    score *= 1 - Math.min(0.9, st0.link / Math.max(1, st0.text));
    // A block with its own text is a paragraph: its points go to the block that holds it.
    // Text straight under <body> scores the body itself: nothing above it was measured.
    let p: Element | null = el === body ? body : (el.parentElement ?? el);
    for (let level = 0; p && level < 3; level++, p = p.parentElement) {
      scores.set(p, (scores.get(p) ?? 0) + score / (level === 0 ? 1 : level === 1 ? 2 : 3));
      if (p === body) break;
    }
  }
  let best: { el: Element; score: number } | null = null;
  for (const [el, sc] of scores) {
    const s = st.get(el);
    if (!s) continue;
    const adj = sc * (1 - Math.min(0.9, s.link / Math.max(1, s.text))) * (POS_HINT.test(hint(el)) ? 1.25 : 1);
    all.push({ el, score: adj });
    if (!best || adj > best.score) best = { el, score: adj };
  }
  return best;
}

/** Metadata tables outside the content (索引号 / 发布机构 / 文号 …), linearized before it. */
function metaTables(body: Element, content: Element, drop: Set<Element>): Element[] {
  const out: Element[] = [];
  for (const t of Array.from(body.querySelectorAll('table, dl, ul'))) {
    if (content.contains(t) || t.contains(content) || drop.has(t)) continue;
    const txt = (t.textContent ?? '').replace(/\s+/g, '');
    if (txt.length > 2000) continue;
    const n = (txt.match(/索引号|发布机构|发布部门|发文机关|文号|发文字号|成文日期|发布日期|发文日期|主题分类|主题词|文件名称|发布時間|發布機構/g) ?? []).length;
    if (n >= 2) out.push(t);
  }
  return out;
}

function climb(el: Element, body: Element, st: Map<Element, Stat>): Element {
  let cur = el;
  for (let i = 0; i < 4 && cur !== body && cur.parentElement; i++) {
    const head = normalizeText(cur.textContent ?? '').slice(0, 400);
    if (/纪要|紀要|minutes|会议记录|notes (?:of|from)/i.test(head)) break;
    const p = cur.parentElement;
    const ps = st.get(p);
    const cs = st.get(cur);
    if (!ps || !cs) break;
    const extra = ps.text - cs.text - (ps.link - cs.link);
    if (extra > Math.max(400, cs.text * 0.5) || ps.link / Math.max(1, ps.text) > 0.4) break;
    cur = p;
  }
  return cur;
}

/** The last heading (h1–h3 or a "title" box) before the content, near it in the tree. */
function headlineFor(body: Element, content: Element, drop: Set<Element>): string | null {
  if (ownHeading(content)) return null;
  let best: Element | null = null;
  for (const h of Array.from(body.querySelectorAll('h1, h2, h3, [class*="title"], [id*="title"]'))) {
    if (content.contains(h) || h.contains(content)) continue;
    // Node.DOCUMENT_POSITION_FOLLOWING = 4: the content comes after the heading.
    if (!(h.compareDocumentPosition(content) & 4)) continue;
    let dropped = false;
    for (let p: Element | null = h; p; p = p.parentElement) if (drop.has(p)) dropped = true;
    if (dropped) continue;
    const t = normalizeText(h.textContent ?? '').replace(/\s+/g, ' ').trim();
    // A heading linking home is the site's; one linking to its own post is the document's title.
    if (t.length < 4 || t.length > 120 || siteHeadingLink(h)) continue;
    // Near: a common ancestor within three levels of the content.
    let near = false;
    for (let p: Element | null = content.parentElement, k = 0; p && k < 3; p = p.parentElement, k++) if (p.contains(h)) near = true;
    if (near) best = h;
  }
  return best ? normalizeText(best.textContent ?? '').replace(/\s+/g, ' ').trim() : null;
}

function frameDocs(doc: Document, depth: number): Document[] {
  if (depth > 3) return [];
  const out: Document[] = [];
  for (const f of Array.from(doc.querySelectorAll('iframe, frame'))) {
    let inner: Document | null;
    try {
      inner = (f as HTMLIFrameElement).contentDocument;
    } catch {
      inner = null; // cross-origin
    }
    const empty = !inner || !inner.body || !(inner.body.textContent ?? '').trim();
    const srcdoc = f.getAttribute('srcdoc');
    if (empty && srcdoc) {
      const Parser = (doc.defaultView as (Window & typeof globalThis) | null)?.DOMParser ?? (globalThis as { DOMParser?: typeof DOMParser }).DOMParser;
      if (Parser) inner = new Parser().parseFromString(srcdoc, 'text/html');
    }
    if (inner && inner.body && (inner.body.textContent ?? '').trim()) {
      out.push(inner, ...frameDocs(inner, depth + 1));
    }
  }
  return out;
}

function locateIn(doc: Document, url: string | undefined, opts: LocateOptions): Located {
  const body = doc.body ?? doc.documentElement;
  if (!body) return { root: null, drop: new Set(), warnings: [], score: 0 };
  const profile = matchProfile(doc, url, opts.profilePatterns ?? {});
  const st = stats(body);
  const drop = findDrop(body, st);
  const candidates: Candidate[] = [];
  const best = bestCandidate(body, st, drop, candidates);
  if (profile && (profile.byUrl || !best || !(profile.content.contains(best.el) || best.el.contains(profile.content)))) {
    // A template's content element, when the URL names the template or the scorer strayed outside it.
    const content = climb(profile.content, body, st);
    const meta = [...profile.meta, ...metaTables(body, content, drop)].filter((m, i, a) => a.indexOf(m) === i);
    const headline = profileTitle(profile.title, content) ?? headlineFor(body, content, drop);
    return { root: [...meta, content], drop, warnings: [], score: Math.max(best?.score ?? 0, 1), headline, profile: profile.id };
  }
  const matched = profile?.id ?? null;
  if (!best) return { root: [body], drop, warnings: ['no content block found; the whole page was read'], score: 0, profile: matched, wholePage: true };
  const widen = (el: Element) => widenToSections(climb(el, body, st), body, st, drop);
  const found = withCloseRival(best, widen(best.el), candidates, body, st, drop, widen);
  // The scorer's pick inside a profile's content element (one section of a record): the template
  // says the document is all of it, and what of it stands outside (its meta).
  const content = profile && profile.content.contains(found) ? profile.content : found;
  const agreed = profile && (profile.content === content || content.contains(profile.content)) ? profile.meta : [];
  const meta = [...agreed, ...metaTables(body, content, drop), ...attendanceBlocks(body, content, drop)].filter((m, i, a) => a.indexOf(m) === i);
  const headline = (profile && profileTitle(profile.title, content)) ?? headlineFor(body, content, drop);
  return { root: [...meta, content], drop, warnings: [], score: best.score, headline, profile: matched };
}

/** A profile's title element, when the content does not print its own heading (a bare "Minutes" heading is none). */
function profileTitle(title: Element | null, content: Element): string | null {
  const own = content.querySelector('h1, h2');
  if (!title || content.contains(title) || (own && !/^\s*(?:meeting\s+)?minutes\s*$/i.test(own.textContent ?? ''))) return null;
  // A draft's status set in dashes above the name ("– DRAFT –" / "Invisible XML Community Group") is no part of it.
  const t = normalizeText(title.textContent ?? '').replace(/\s+/g, ' ').trim().replace(/^[-–—]\s?DRAFT\s?[-–—]\s*/i, '');
  return t.length >= 4 && t.length <= 120 ? t : null;
}

export function locate(doc: Document, url?: string, opts: LocateOptions = {}): Located {
  const main = locateIn(doc, url, opts);
  let best = main;
  for (const inner of frameDocs(doc, 0)) {
    const r = locateIn(inner, url, opts);
    if (r.root && r.score > best.score) best = { ...r, warnings: [...r.warnings, 'content read from an embedded frame'] };
  }
  return best;
}
