/**
 * A council's roll printed under its call to order, one member a line and no heading of its own:
 * "1. CALL-TO-ORDER Mayor Turnmire called the meeting to order at 7:00 p.m." / "Councillor Anaka" /
 * "Councillor Holler" / … / "CAO Lori Parker", or "Albert Gallant – Mayor" / "Allan Parks – Deputy Mayor" /
 * "Ivan Blanchard- Councillor (Absent)". Those marked absent are left out; the one who called the meeting
 * to order is one of those there.
 */
import type { SegLine, Segmented } from '../segment/segment';
import { alt } from '../lexicon/build';
import { EN_MEMBER_STYLES } from '../lexicon/en';
import { cleanEnPerson } from './people';

const CALL_TO_ORDER = /\bcall(?:ed)?[\s-]+(?:the\s+meeting\s+)?to[\s-]+order\b/i;
/** "Mayor Turnmire called the meeting to order": who opened it, by style and name. */
const CALLER = /\b(?:Mayor|Deputy Mayor|Reeve|Warden|Chair(?:man|person|woman)?|President|Councillor|Councilor|Commissioner)\s+((?:\p{Lu}[\p{Ll}'’-]+\s+)?\p{Lu}[\p{Ll}'’-]+)\s+called\s+the\s+meeting\s+to\s+order\b/u;
const STYLE_LINE = new RegExp(`^(?:${alt(EN_MEMBER_STYLES)})\\.?\\s+\\p{Lu}[\\p{L}'’.-]*(?:\\s+\\p{Lu}[\\p{L}'’-]*){0,2}(?:\\s*\\([^()]{1,30}\\))?$`, 'iu');
/** "Albert Gallant – Mayor", "John Searle- Councillor (Absent)": a name, a dash, the office. */
const NAME_DASH_OFFICE = /^(\p{Lu}[\p{Ll}'’-]+(?:\s+\p{Lu}\.?)?\s+\p{Lu}[\p{L}'’-]+)\s*[–—-]\s*(?:Deputy\s+|Acting\s+)?(?:Mayor|Reeve|Warden|Councillor|Councilor|Alderman|Commissioner|Trustee|Chair(?:man|person)?|Administrator|Clerk|CAO|Secretary|Treasurer)\b[^,;:]{0,20}$/u;
/** "CAO Lori Parker", "Town Clerk Ann Lee": staff by office, a line each, after the members. */
const OFFICE_NAME = /^(?:CAO|CEO|Town Clerk|City Clerk|Clerk|Administrator|Town Manager|City Manager|Secretary|Treasurer|Recording Secretary)\s+(\p{Lu}[\p{Ll}'’-]+\s+\p{Lu}[\p{L}'’-]+)$/u;
/** How far below the record's first line the call to order may stand. */
const REACH = 30;

interface Roll {
  names: string[];
  first: SegLine;
  last: SegLine;
}

function rollName(text: string): string | null | undefined {
  const t = text.trim();
  const dash = NAME_DASH_OFFICE.exec(t);
  if (dash) return /\((?:absent|regrets|excused)\)/i.test(t) ? null : dash[1];
  if (STYLE_LINE.test(t)) return cleanEnPerson(t).name;
  return undefined;
}

/** The roll under the call to order, three members or more, or null. */
export function rollUnderCall(seg: Segmented): Roll | null {
  const lines = seg.lines.slice(0, Math.min(seg.tailStart, seg.bodyStart + REACH));
  const call = lines.find((l) => l.kind !== 'chrome' && CALL_TO_ORDER.test(l.text));
  if (!call) return null;
  const names: string[] = [];
  let members = 0;
  let last = call;
  for (const l of seg.lines.slice(call.i + 1, call.i + 40)) {
    if (l.kind === 'label' || l.kind === 'chrome') break;
    const member = rollName(l.text);
    const office = member === undefined && members >= 2 ? OFFICE_NAME.exec(l.text.trim())?.[1] : undefined;
    if (member === undefined && !office) break;
    if (member !== undefined) members++;
    const name = office ?? member;
    if (name) names.push(name);
    last = l;
  }
  if (members < 3 || !names.length) return null;
  const caller = CALLER.exec(call.text)?.[1];
  if (caller && !names.some((n) => n.includes(caller) || caller.includes(n))) names.unshift(caller);
  return { names, first: call, last };
}
