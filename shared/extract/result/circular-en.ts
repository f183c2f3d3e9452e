/**
 * An English circular or letter that passes on what a body decided: addressed to posts at its top
 * ("Vice-Chancellors of Universities," / "Directors of Institutes."), telling of the meeting in the
 * third person ("The Commission at its 287th meeting held on 9th January 1990 decided that :"). The
 * meeting's minutes record who attended and what was done; the circular tells others of it.
 */
import type { Segmented } from '../segment/segment';

/** A line addressing holders of a post: "Vice-Chancellors of Universities,", "To: All Heads of Department". */
const ADDRESSED = /^(?:To\s*:?\s*)?(?:All\s+)?(?:the\s+)?(?:Vice[- ]Chancellors|Directors|Heads|Principals|Registrars|Deans|Secretaries|Chief Executives|Chairpersons|Chairmen|Managers|Officers-in-Charge|Commissioners|Superintendents|Collectors)\b[^.;:]{0,60}[,.;]?$/;
/** A meeting told as past, by the body that held it: "… at its 287th meeting held on … decided that". */
const TOLD = /\bat\s+its\s+(?:\d+(?:st|nd|rd|th)\s+|last\s+|recent\s+)?meeting\b[^.]{0,80}?\b(?:decided|resolved|approved|agreed)\b/i;

export function circularEn(seg: Segmented): boolean {
  if (seg.lang !== 'en') return false;
  const top = seg.lines.filter((l) => l.kind !== 'chrome').slice(0, 6);
  return top.some((l) => ADDRESSED.test(l.text.trim())) && TOLD.test(seg.text.slice(0, 1500));
}
