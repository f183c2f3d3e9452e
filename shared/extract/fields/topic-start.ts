/**
 * Informal notes print a topic, a line of what was said, then what came of it, all on one line
 * ("Club Championship Junior Pairs: 24 March or 7 April suggested. N Franks to contact teams.",
 * "Xmas lunch. agreed 3rd December at Reed.", "Second team captain, no nominations. The consensus
 * was …"). The labels' item starts at the topic: the topic's outcome is the item. So the first outcome
 * read in such a line starts where its topic does, when the topic is short and at most one sentence
 * of discussion stands between them. A topic on a line of its own is a heading, and the item starts
 * at its outcome. A bulleted item starts at its bullet the same way after one sentence of what was found
 * ("- The account got a deposit we cannot place. Chris will investigate.").
 */

/**
 * A topic at the line's start: up to eight words closed by a colon or a dash, or up to four closed by a
 * full stop or a comma ("Xmas lunch.", "Second team captain,"); "The Clerk presented the draft
 * budget." is a sentence, not a topic; nor is a phrase that sets the scene ("On the agenda next,", "After discussion,").
 */
const TOPIC = /^(?:[-–•*]\s{1,3})?(?:[\p{Lu}\d][^\s.:;!?–—]{0,30}(?: [^\s.:;!?–—]{1,30}){0,7}\s?[:–—]|(?!(?:On|At|In|After|Following|Upon|Next|Then|With|Under|During|Before|Also|However|Finally|Later|Afterwards|Thereafter|Subsequently|Here|There)\b)[\p{Lu}\d][^\s.:;!?,–—]{0,30}(?: [^\s.:;!?,–—]{1,30}){0,3}[.,])\s/u;
/** A formula in capitals opens a committee's outcome ("RECOMMENDED that …"): the item starts at it. */
const FORMULA = /^\p{Lu}{4,}\b/u;
/** A bullet opening the line. */
const BULLETED = /^\s*[-•*▪◦●]\s+/u;
/** What the prefix may hold past its topic: one sentence of discussion, no more. */
const ONE_SENTENCE = /^[^.!?\n]{0,160}[.!?]?\s*$/u;

/**
 * Where an outcome found at `at` in a line's text should start: the line's start when the text before
 * it is a short topic with at most one sentence after it, else `at`.
 */
export function topicStart(line: string, at: number, bulleted = false): number {
  if (at <= 0 || FORMULA.test(line.slice(at))) return at;
  const before = line.slice(0, at);
  // A bulleted item is one item from its bullet: a sentence of what was found, then who acts on it
  // ("- The account got a $9,000 deposit but we don't know who it comes from. Chris will investigate.").
  if (bulleted && !before.includes('\n') && ONE_SENTENCE.test(before.replace(BULLETED, ''))) return 0;
  const topic = TOPIC.exec(before);
  // A topic on a line of its own is a heading: the item starts at its outcome.
  if (!topic || before.length > 220 || before.includes('\n')) return at;
  return ONE_SENTENCE.test(before.slice(topic[0].length)) ? 0 : at;
}
