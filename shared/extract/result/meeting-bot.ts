/**
 * Minutes a chat meeting's bot wrote (MeetBot, meetingology, Supybot): "Meeting started by siretart` at
 * 15:02:19 UTC", a "Meeting summary" of its topics and actions, "People present (lines said)". The
 * bot writes them only when the meeting was held, so the page is its record, even under the agenda
 * a wiki page keeps above it. A raw log of the same meeting ("<bot> Meeting started Sun Oct 27 …") has
 * none of these lines.
 */
const STARTED_BY = /\bMeeting started by \S{1,40} at \d{1,2}:\d{2}(?::\d{2})? UTC\b/;
const PEOPLE_PRESENT = /\bPeople present \(lines said\)/i;
const SUMMARY = /\bMeeting summary\b/i;

export function meetingBotMinutes(text: string): boolean {
  return (STARTED_BY.test(text) || PEOPLE_PRESENT.test(text)) && SUMMARY.test(text);
}
