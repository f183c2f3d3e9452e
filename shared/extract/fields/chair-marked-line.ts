/**
 * The chair marked after a name on a line near the top that was not read as the list of those present:
 * "1. Dr A Khan (in chair)" under "The following participated:", "Via Telecon: Clrs L Wilson (LW) (Chair)
 * RB Jenkins (BJ) (Vice-Chair), …", "- JC - Chair" under "People who attended:", "WQ - Weiqing Qu, Bureau
 * of Meteorology, Chair". A list names its chair by the post printed beside the name even where its label
 * is not one the reader knows; a vice- or deputy chair is not the chair, and a mark after no person's
 * name ("Finance Committee (Chair)") names no one.
 */
import type { Segmented } from '../segment/segment';
import type { Hit } from './header';
import { cleanEnPerson, looksLikeEnName, stripHonorifics } from './people';
import { alt } from '../lexicon/build';
import { EN_APPOSED_CHAIR } from '../lexicon/en';

/** "(Chair)", "(in chair)", "(Chairperson)" after a name, inside a run. */
const MARK_IN_RUN = /\((?:in\s(?:the\s)?)?chair(?:man|person|woman)?\)/i;
/** "- Chair", ", Chairperson" ending the line: the item's post. */
const MARK_AT_END = /[-–—,]\s{0,3}chair(?:man|person|woman)?\s*$/i;
/** A chair's post standing alone between the name's comma and the mark ("President", "Convener", "Mayor"). */
const POST_ALONE = new RegExp(`^(?:the\\s)?(?:${alt(EN_APPOSED_CHAIR.posts)})$`, 'i');
const VICE_BEFORE = /(?:vice|deputy|co)[-\s]?$/i;
const LEAD = /^[\s•*·\-–]*(?:\(?\d{1,2}[.)\]]|\[\d{1,2}\])?\s*/;
/** A short label before the run ("Via Telecon:", "Present:"). */
const LABEL = /^[\p{L}][\p{L} ]{1,29}:\s*/u;

export function chairMarkedIn(text: string): string | null {
  const rest = text.replace(LEAD, '').replace(LABEL, '');
  if (rest.length > 160) return null;
  const inRun = MARK_IN_RUN.exec(rest);
  if (inRun && !VICE_BEFORE.test(rest.slice(0, inRun.index + 1))) {
    // The item that ends with the mark: after the last comma before it.
    const items = rest.slice(0, inRun.index + inRun[0].length).split(/[,;]/);
    const p = cleanEnPerson(items[items.length - 1]);
    const name = p.chair && p.name ? stripHonorifics(p.name) : null;
    if (name && looksLikeEnName(name)) return name;
    // The mark after the person's post ("Dr A Khan, President (in chair)"): the name stands before the post.
    const before = items.length > 1 ? cleanEnPerson(items[items.length - 2]).name : null;
    const named = before ? stripHonorifics(before) : null;
    return named && looksLikeEnName(named) && POST_ALONE.test(items[items.length - 1].replace(MARK_IN_RUN, '').trim()) ? named : null;
  }
  const atEnd = MARK_AT_END.exec(rest);
  if (!atEnd || VICE_BEFORE.test(rest.slice(0, atEnd.index).replace(/\s+$/, ''))) return null;
  const before = rest.slice(0, atEnd.index).trim();
  // Initials standing for the person ("JC - Chair"): so the record names its members throughout.
  if (/^\p{Lu}{2,3}$/u.test(before)) return before;
  const p = cleanEnPerson(rest);
  const name = p.chair && p.name ? stripHonorifics(p.name) : null;
  return name && looksLikeEnName(name) ? name : null;
}

export function chairMarkedLine(seg: Segmented): Hit<string> | null {
  if (seg.lang !== 'en') return null;
  for (const l of seg.lines.slice(0, Math.min(seg.tailStart, seg.bodyStart + 30))) {
    if (l.kind === 'chrome' || l.kind === 'meta' || l.kind === 'distribution') continue;
    const name = chairMarkedIn(l.text);
    if (!name) continue;
    const at = Math.max(0, l.text.indexOf(name));
    return { value: name, start: l.start + at, end: l.start + at + name.length, confidence: 0.6 };
  }
  return null;
}
