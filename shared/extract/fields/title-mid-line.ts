/**
 * An English heading inside a PDF's text run together, after a letterhead, a classification or a
 * records portal's file name ("THIS DOCUMENT IS THE PROPERTY OF … Copy No: MINUTES OF A SPECIAL MEETING
 * OF … HELD ON MONDAY 13TH OCTOBER 2014 PRESENT: …", "The Corporation of the Township of X Draft Minutes
 * of a Regular Meeting of Council held on … The following Members were present …").
 *
 * The heading starts at "MINUTES OF" / "Minutes of" printed as a heading (capitalised, not "the minutes
 * of the meeting at which they are approved") and ends where the record starts: an attendance label, a
 * sentence opening, a separator of the page's title, a minute's reference number.
 */

/** Where the heading ends in ordinary case. */
const ENDS = [
  // Attendance: "Present", "Members present:", "Community Councillors present", "In the Chair", "The following Members were present".
  /\s(?=(?:Present|PRESENT)\b)/,
  /\s(?=(?:[A-Z][a-z]+\s+){0,2}(?:[Mm]embers|[Cc]ouncillors|[Tt]rustees|[Dd]irectors)\s+(?:present|in attendance)\b)/,
  /\s(?=(?:The following|In the Chair|In attendance|Apologies|Attendees?|Attendance)\b)/,
  // A sentence after a full stop, a title's separator on a page ("… proposals - SEZ - …"), a minute's reference ("Cou/285/07-08").
  /\.(?=\s+[A-Z])/,
  /\s+[-–—|]\s+/,
  /\s(?=[A-Za-z]+\/\d+\/\S+)/,
];

/** Words a heading in capitals cannot end on: the first word of the sentence after it ("… EAGAN TOWNSHIP A special meeting …"). */
const CAPS_TAIL = /\s+(?:A|AN|THE|ON|AT|IN|OF|FOR|AND)$/;
/** The labels after a heading in capitals. */
const CAPS_LABEL = /\s(?:PRESENT|ATTENDANCE|ATTENDEES|IN ATTENDANCE|APOLOGIES|ABSENT|MEMBERS PRESENT)\b/;
/** A state of the record printed before its heading: "Draft Minutes of …", "CONFIRMED MINUTES OF …". */
const STATE = /(?:\b(?:Draft|Confirmed|Unconfirmed|Approved|Unapproved|DRAFT|CONFIRMED|UNCONFIRMED|APPROVED|UNAPPROVED)\s+)$/;

/** The heading and its offset in `text`, or null. */
export function midLineHeading(text: string): { text: string; at: number } | null {
  const m = /\b(?:MINUTES|PROCEEDINGS) OF\b|\b(?:Minutes|Proceedings) of\b/.exec(text.slice(0, 400));
  if (!m || m.index === 0) return null;
  // Minutes spoken of in a sentence or an item ("That the Minutes of the Ordinary Meeting … be confirmed", "Confirmation of Minutes of …").
  if (/\b(?:the|of|to|that|and|approve|approval|confirm|confirmation|adopt|adoption|receive|receiving|read|signing|sign)\s+$/i.test(text.slice(Math.max(0, m.index - 16), m.index))) return null;
  // "… MEETING MINUTES OF NOVEMBER 13, 2018": the date of a heading that began before, not a heading's start.
  if (/^\s*(?:\d|(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\b)/i.test(text.slice(m.index + m[0].length))) return null;
  const state = STATE.exec(text.slice(Math.max(0, m.index - 14), m.index));
  const from = m.index - (state ? state[0].length : 0);
  const rest = text.slice(from, from + 400);
  if (/^(?:\S+\s+)?(?:MINUTES|PROCEEDINGS) OF/.test(rest)) {
    // In capitals: up to the first word in ordinary case (an ordinal's "th" aside), or a label.
    let e = rest.length;
    for (const w of rest.matchAll(/\S+/g)) {
      if (/\p{Ll}/u.test(w[0]) && !/^\d{1,4}(?:st|nd|rd|th)\b/.test(w[0])) {
        e = w.index;
        break;
      }
    }
    const label = CAPS_LABEL.exec(rest.slice(0, e));
    let head = rest.slice(0, label ? label.index : e).replace(/[\s,;:–-]+$/, '');
    while (CAPS_TAIL.test(head)) head = head.replace(CAPS_TAIL, '');
    return head.length >= 15 && head.length <= 220 ? { text: head, at: from } : null;
  }
  let end = rest.length;
  for (const re of ENDS) {
    const hit = re.exec(rest.slice(20));
    if (hit) end = Math.min(end, hit.index + 20);
  }
  const head = rest.slice(0, end).replace(/[\s;:–-]+$/, '');
  // A heading names the meeting; a sentence that runs on past 220 characters is not one.
  return head.length >= 15 && head.length <= 220 && /\b(?:meeting|session|held|council|board|committee)\b/i.test(head) ? { text: head, at: from } : null;
}
