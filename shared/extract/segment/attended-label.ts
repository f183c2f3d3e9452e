/**
 * An English attendance label may say who came with the past verb instead of "present": "The following
 * attended:", "The following participated:", "Those who attended:", "People who attended:", "Attended by:".
 * Only the words that name everyone who came open such a label (the following, those, people, members);
 * "Students that attended:" under an item names who took part in one task, not the meeting's attendance.
 */
const ATTENDED_LABEL =
  /^(?:(?:attended|participated)\s+by|(?:the\s+following|those|people|persons|members)(?:\s+(?:members|persons|people|directors|trustees|councillors))?(?:\s+(?:who|that))?\s+(?:attended|participated)(?:\s+(?:in person|online|virtually|remotely|the meeting))?)$/i;

/** The words before a colon ("The following participated") are an attendance label. */
export function isAttendedLabel(words: string): boolean {
  return words.length <= 60 && ATTENDED_LABEL.test(words.trim());
}
