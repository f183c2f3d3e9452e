/**
 * A bare "Minutes" / "Meeting minutes" found as the title, under the heading that names the meeting
 * ("14th November WGM Committee Meeting" / "Minutes", "title: Q4 Board of Directors Meeting" / "## Minutes"):
 * the bare word heads the record's text, the line above names which meeting it is, and that is the title.
 */
import type { Segmented } from '../segment/segment';
import type { Hit } from './header';

const GENERIC = /^[#*\s]{0,8}(?:the\s)?(?:meeting\s)?(?:minutes|notes)(?:\sof\s(?:the\s)?meeting)?[*\s]{0,4}$/i;
const NAMES_MEETING = /\b(?:meeting|committee|board|council|assembly|session|a\.?g\.?m|conference|call)\b/i;
/** How far above the bare word the heading may stand: a note's front matter (date, place, tags) between. */
const ABOVE = 6;

export function specificOverGeneric(seg: Segmented, t: Hit<string> | null, hint?: string | null): Hit<string> | null {
  if (!t || seg.lang !== 'en' || !GENERIC.test(t.value)) return t;
  const at = seg.lines.findIndex((l) => l.start <= t.start && t.start <= l.end);
  if (at < 0) return t;
  for (let i = at - 1; i >= Math.max(0, at - ABOVE); i--) {
    const l = seg.lines[i];
    const text = l.text.trim();
    if (l.kind !== 'text' || l.num || text.length < 6 || text.length > 100 || /[.;,]$/.test(text) || !NAMES_MEETING.test(text)) continue;
    // A sentence is no heading ("The committee met on …").
    if (text.split(/\s+/).length > 12) continue;
    const from = l.start + l.text.indexOf(text);
    // A body's name just above "Meeting Minutes" ("Orangeville Public Library Board" / "Meeting Minutes") is the
    // title's first line: the two read as one heading, wrapped. A line naming the meeting stands alone.
    if (i === at - 1 && !/\b(?:meeting|minutes|notes|session|a\.?g\.?m)\b/i.test(text) && /^[A-Z]/.test(text) && !/\d/.test(text)) {
      return { value: `${text} ${t.value.replace(/^[#*\s]+|[*\s]+$/g, '')}`, start: from, end: t.end, confidence: Math.min(t.confidence, 0.7) };
    }
    return { value: text, start: from, end: from + text.length, confidence: Math.min(t.confidence, 0.7) };
  }
  // No line above names it: the page's own headline above the content does ("RDF-star" over a
  // scribe tool's "Meeting minutes").
  const h = hint?.replace(/\s+/g, ' ').trim();
  if (h && h.length >= 4 && h.length <= 100 && !GENERIC.test(h)) {
    const line = seg.lines.find((l) => l.text.trim() === h);
    const from = line ? line.start + line.text.indexOf(h) : 0;
    return { value: h, start: from, end: line ? from + h.length : 0, confidence: Math.min(t.confidence, 0.6) };
  }
  return t;
}
