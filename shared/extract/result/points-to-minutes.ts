/**
 * A page telling of a meeting that points to its full minutes kept elsewhere: "The full minutes of the
 * meeting will be on the website in due course", "A full copy of the AGM minutes … can be seen on our
 * meetings page", "The full minutes are available from the Secretary". The page is a summary or a news
 * post; the record is the document it points to.
 */
const FULL_MINUTES_ELSEWHERE = /\b(?:the|a)\s+(?:full|fuller|complete|fully?\s+copy\s+of\s+the|complete\s+set\s+of)\s+(?:AGM\s+|meeting\s+|official\s+|approved\s+|draft\s+)?minutes\b[^.]{0,120}?\b(?:will\s+be|are|is|can\s+be|may\s+be|have\s+been)\s+(?:on|posted|published|available|seen|found|read|viewed|uploaded|circulated|sent|emailed|distributed)\b/i;

export function pointsToMinutes(text: string): boolean {
  return FULL_MINUTES_ELSEWHERE.test(text);
}
