/**
 * The minutes of an earlier meeting named as an item's topic and answered with a bare outcome on the
 * same line: "MINUTES OF LAST MEETING: were approved.", "Minutes of last meeting. agreed", "[Minutes
 * of previous meeting](link) approved". Clubs and committees print the first item of every meeting
 * so; the outcome has no subject of its own, the topic being it, so no "X was approved" reading
 * takes it. The outcome must follow the topic directly (after a colon, stop, dash or the link), so a
 * heading over a paragraph ("Minutes of the last meeting" / "Jo asked about …") is none.
 */
import { alt } from '../lexicon/build';
import { EN_MINUTES_TOPIC_OUTCOMES } from '../lexicon/en';

const TOPIC = "(?:the\\s)?(?:previous\\s|last\\s)?(?:minutes|notes)\\s(?:of|from)\\s[^\\]\\[():.;–—\\n]{2,60}?";
/** What closes the topic: the link it names, or a colon, stop or dash. */
const CLOSE = '(?:\\]\\([^()\\s]{1,300}\\)\\s{0,3}|\\]\\s{0,3}|\\s{0,3}[:.–—-]\\s{0,3})';
const MINUTES_TOPIC = new RegExp(
  `^(?:[-*•]\\s{1,3})?\\[?${TOPIC}${CLOSE}(?:(?:were|was|have been|has been)\\s)?(?:duly\\s|unanimously\\s)?(?:${alt(EN_MINUTES_TOPIC_OUTCOMES)})\\b`,
  'i',
);

/** Whether a line is the minutes as a topic with its bare outcome. */
export function minutesTopicOutcome(line: string): boolean {
  return MINUTES_TOPIC.test(line.trim());
}
