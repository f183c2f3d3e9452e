/**
 * A page telling of a meeting that points to its full minutes kept elsewhere: "The full minutes of the
 * meeting will be on the website in due course", "A full copy of the AGM minutes … can be seen on our
 * meetings page", "The full minutes are available from the Secretary". The page is a summary or a news
 * post; the record is the document it points to. So does a link to them ("(Click here for the AGM
 * minutes)", "Click here to read the full minutes"), unlike one to the page's own ("a .pdf of these minutes").
 * A meeting's page whose minutes are still to come says so on a line of its own near the top ("Check back for
 * minutes from this meeting.", "Minutes will be posted once approved"): it is the meeting's agenda or notice.
 */
const FULL_MINUTES_ELSEWHERE = /\b(?:the|a)\s+(?:full|fuller|complete|fully?\s+copy\s+of\s+the|complete\s+set\s+of)\s+(?:AGM\s+|meeting\s+|official\s+|approved\s+|draft\s+)?minutes\b[^.]{0,120}?\b(?:will\s+be|are|is|can\s+be|may\s+be|have\s+been)\s+(?:on|posted|published|available|seen|found|read|viewed|uploaded|circulated|sent|emailed|distributed)\b/i;

const LINK_TO_MINUTES = /\bclick\s+here\s+(?:for|to\s+(?:read|view|see|download|access|open))\s+(?:the|our)\s+(?:full\s+|complete\s+|official\s+)?(?:AGM\s+|EGM\s+|meeting\s+|meeting['’]s\s+)?minutes\b/i;

/** A short line saying this meeting's minutes are not here yet; not "The minutes of the previous meeting were not yet available". */
const MINUTES_TO_COME = /^(?:check\s+back\s+(?:later\s+|soon\s+)?for\s+(?:the\s+)?(?:meeting\s+)?minutes|(?:the\s+)?(?:meeting\s+)?minutes\s+(?:will\s+be|to\s+be)\s+(?:posted|published|added|available|uploaded)\b|(?:the\s+)?(?:meeting\s+)?minutes\s+(?:are\s+)?(?:not\s+yet\s+(?:available|posted|published)|coming\s+soon|pending)\b)/i;

export function pointsToMinutes(text: string): boolean {
  return FULL_MINUTES_ELSEWHERE.test(text) || LINK_TO_MINUTES.test(text);
}

/** A line near the top saying the meeting's minutes are yet to come; whatever line was read as the title (it may be that one). */
export function minutesToCome(text: string): boolean {
  const head = text.split('\n').map((l) => l.trim()).filter(Boolean).slice(0, 15);
  return head.some((l) => l.length <= 80 && MINUTES_TO_COME.test(l));
}
