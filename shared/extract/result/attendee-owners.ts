/**
 * An action item whose owner is only a name set beside the task — before a colon or dash ("Rosio:
 * Re-open the ticket", "Emily & Michelle – Coordinate …", "王雨：博客部分…"), in brackets after it
 * ("follow up the licence (Daniel)", "发布贴文（美宣）"), after a closing colon ("Obtain an EIN: Jared
 * Hall") or as a chat handle before "to" ("pchampin to add …") — names no one by the sentence
 * patterns of fields/assignees.ts. Such a name is an owner where the record's own attendance list
 * names that person (a full name, its first word, its initials, or a Chinese given name), so a
 * topic before a colon ("Budget: approved") is never read as one. "All" before a colon is the
 * whole meeting's task.
 */

const SEP = /\s*(?:,|&|\+|\/|\band\b|、|，|和)\s*/;

/** Ways a listed attendee may be named in a task: as listed, by first word, by initials, by given name. */
function nameForms(attendees: string[]): Set<string> {
  const out = new Set<string>();
  for (const a0 of attendees) {
    const a = a0.trim().replace(/\s*[（(][^）)]{0,30}[）)]$/, '');
    if (!a) continue;
    out.add(a.toLowerCase());
    if (/^[\u3400-\u9fff]{3}$/.test(a)) out.add(a.slice(1));
    const words = a.split(/\s+/).filter((w) => /^\p{Lu}/u.test(w));
    if (words.length >= 2) {
      out.add(words[0].toLowerCase());
      out.add(words.map((w) => w[0]).join('').toLowerCase());
    }
  }
  return out;
}

/** The names in `side` when every one of them is an attendee's (or "All"), else null. */
function listed(side: string, forms: Set<string>, allowAll: boolean): string[] | null {
  const names = side
    .split(SEP)
    .map((n) => n.trim())
    .filter(Boolean);
  if (!names.length || names.length > 6) return null;
  const ok = names.every((n) => forms.has(n.toLowerCase()) || (allowAll && names.length === 1 && /^(?:all|everyone)$/i.test(n)));
  return ok ? names : null;
}

const LEAD_MARK = /^(?:[-*+•>]\s{0,3})?(?:(?:actions?(?: items?| points?)?|todo|ai)\s{0,2}[:\-–]\s{0,2})?/i;
/** "Rosio: …", "Ashley and Meredith – …", "王雨：…": up to 60 characters before the separator. */
const OPENING = /^([^:：\-–—()（）]{1,60}?)\s{0,2}(?:[:：]|\s[-–—]\s|[–—])\s{0,2}(?=\S)/;
/** A past participle opening what follows the name ("elected", "re-appointed", "Confirmed"): a state, not a task. */
const STATE = /^(?:re-)?\p{L}{2,20}(?<!e)ed\b/iu;
/** "(Daniel)", "（美宣）" closing the item. */
const TRAILING_BRACKET = /[(（]([^()（）]{1,40})[)）][\s.。;；]{0,3}$/;
/** "…: Jared Hall" closing the item. */
const TRAILING_COLON = /[:：]\s{0,2}([^:：]{1,40}?)[\s.。]{0,2}$/;
/** "pchampin to add …": a handle as listed, in lower case. */
const HANDLE = /^([\p{Ll}][\w.-]{1,30})\s+(?:to|will)\s+\p{Ll}/u;

/** The owners an item names only by an attendee's name set beside its task, or null. */
export function attendeeOwners(text: string, attendees: string[] | Set<string>): string[] | null {
  const forms = Array.isArray(attendees) ? nameForms(attendees) : attendees;
  if (!forms.size) return null;
  const t = text.trim().replace(LEAD_MARK, '');
  const open = OPENING.exec(t);
  // "Nick Bannon: elected on a show of hands": what befell the person, no task given.
  const a = open && !STATE.test(t.slice(open[0].length)) ? listed(open[1], forms, true) : null;
  if (a) return a;
  const b = TRAILING_BRACKET.exec(t);
  const bn = b ? listed(b[1], forms, false) : null;
  if (bn) return bn;
  const c = TRAILING_COLON.exec(t);
  const cn = c ? listed(c[1], forms, false) : null;
  if (cn) return cn;
  const h = HANDLE.exec(t);
  return h && forms.has(h[1].toLowerCase()) ? [h[1]] : null;
}

/** Decisions with no owner given the attendees their text names beside the task. */
export function withAttendeeOwners<T extends { text: string; assignees: string[] }>(decisions: T[], attendees: string[]): T[] {
  const forms = nameForms(attendees);
  if (!forms.size) return decisions;
  return decisions.map((d) => {
    if (d.assignees.length) return d;
    const owners = attendeeOwners(d.text, forms);
    return owners ? { ...d, assignees: owners } : d;
  });
}
