/**
 * The record split over two blocks the scorer rates alike: a page whose minutes hold a table of
 * members and then a list of the items decided, each block in a box of its own. The scorer picks
 * one and leaves the other; where a rival scores nearly as high, outside the pick, and the two
 * share a near parent that holds little else (no links, no third block), the parent is the record.
 */
import type { Stat } from './locate';

/** A rival this close to the best score is a second half of the record, not another thing. */
const CLOSE = 0.85;
/** The shared parent may hold this much more text than the two halves (a heading, a lead). */
const ROOM = 1.25;
const LEVELS = 3;

export interface Candidate {
  el: Element;
  score: number;
}

function ancestors(el: Element, body: Element): Element[] {
  const out: Element[] = [];
  for (let p = el.parentElement; p && p !== body; p = p.parentElement) out.push(p);
  return out;
}

/**
 * `picked` is the best candidate widened (climbed) as the locator widens it; `widen` widens a rival
 * the same way. Returns the parent that holds both halves, or `picked`.
 */
export function withCloseRival(
  best: Candidate,
  picked: Element,
  candidates: Candidate[],
  body: Element,
  st: Map<Element, Stat>,
  drop: Set<Element>,
  widen: (el: Element) => Element,
): Element {
  const rival = candidates
    .filter((c) => c.el !== best.el && c.score >= best.score * CLOSE && !c.el.contains(picked) && !picked.contains(c.el) && c.el !== body)
    .sort((a, b) => b.score - a.score)[0];
  if (!rival) return picked;
  const other = widen(rival.el);
  if (other.contains(picked) || picked.contains(other)) return picked;
  const up = ancestors(picked, body).slice(0, LEVELS);
  const shared = ancestors(other, body).slice(0, LEVELS).find((a) => up.includes(a));
  if (!shared || drop.has(shared)) return picked;
  const s = st.get(shared);
  const a = st.get(picked);
  const b = st.get(other);
  if (!s || !a || !b) return picked;
  if (s.link / Math.max(1, s.text) > 0.2) return picked;
  if (s.text > ROOM * (a.text + b.text)) return picked;
  return shared;
}
