/**
 * Outcomes a meeting's record tells as a sentence about the vote or the agreement rather than as a
 * motion (LABELS.md: "an outcome the meeting reached"):
 *  - a person put up and chosen: "Paul Royle was proposed and elected unopposed", "X was nominated,
 *    seconded and elected";
 *  - a vote held: "The proposal was put to a vote and passed", "A vote was taken and it was decided
 *    …", "After the opening remarks, a vote was held on whether to ratify …";
 *  - an agreement or a decision as a noun: "Consensus in meeting was that …", "General agreement
 *    that …", "The consensus was to …", "A decision was made to not …", "An agreement has been made
 *    on …";
 *  - the previous minutes with no subject: "Accepted without correction.", "Approved as a true record."
 * A vote lost is none; a vote on "the motion" told before is that motion's result, not an outcome of
 * its own.
 */
import { alt } from '../lexicon/build';
import { EN_CHOSEN, EN_VOTE_HELD, EN_VOTE_ON, EN_AGREEMENT_NOUNS, EN_MINUTES_OUTCOMES, EN_BODIES } from '../lexicon/en';

const LEAD = '(?:(?:after|following|upon|on|at|there being|with) [^,.;:]{2,60}, )?';
const NAME = "\\p{Lu}[\\p{L}.'’-]{0,24}(?: \\p{Lu}[\\p{L}.'’-]{0,24}){0,3}";
/** "X was proposed and elected", "X was nominated, seconded and duly elected", "X was nomitated and elected". */
const PUT_UP_AND_CHOSEN = new RegExp(`^${NAME} (?:was|were) (?:duly )?(?:\\p{Ll}{4,12}ed)(?:,? (?:and )?\\p{Ll}{4,12}ed){0,2},? and (?:duly |unanimously |then )?(?:${alt(EN_CHOSEN)})\\b`, 'u');
/** "The proposal was put to a vote", "A vote was taken", "a ballot was held". */
const VOTE_HELD = new RegExp(`^${LEAD}(?:(?:the|this|a|an|that) (?:${alt(EN_VOTE_ON)}) (?:was|were) put to (?:a|the) (?:vote|ballot)|(?:a|the) (?:${alt(EN_VOTE_HELD)}) (?:was|were) (?:then )?(?:taken|held|conducted)\\b)(?![^.;]{0,80}\\b(?:the motion|lost|defeated|failed|rejected)\\b)`, 'iu');
/** Who agreed, after the noun: "Agreement among the Board that …", "Consensus between all members to …". */
const AMONG = `(?:the |all (?:the )?)?(?:${alt([...EN_BODIES, 'everyone', 'those present', 'attendees', 'participants', 'all'])})(?: members)? (?:was (?:reached )?)?`;
/** "Consensus in meeting was that", "The consensus was to", "General agreement that", "A decision was made to", "Agreement that …". */
const AGREEMENT = new RegExp(
  `^${LEAD}(?:(?:the |a |an )?(?:general |broad |unanimous |clear )?(?:${alt(EN_AGREEMENT_NOUNS)})(?: (?:in|of|at|from) (?:the )?(?:meeting|group|committee|board|members))? (?:was|is) (?:reached )?(?:that|to)\\b|(?:general|broad|unanimous|clear) (?:${alt(EN_AGREEMENT_NOUNS)}) (?:that|to|on)\\b|(?:agreement|consensus) (?:that\\b|(?:among|amongst|between|within|by|of|from) ${AMONG}(?:that|to|on)\\b)|(?:a|an|the) (?:decision|agreement)\\b[^.;:]{0,60}? (?:was|has been|had been) (?:made|taken|reached)\\b)`,
  'iu',
);
/** "Accepted without correction.", "Approved as a true record", "Adopted with no amendments". */
const MINUTES_OUTCOME = new RegExp(`^(?:${alt(EN_MINUTES_OUTCOMES)}) (?:(?:without|with no) (?:corrections?|amendments?|changes?|alterations?)|as (?:a |the )?(?:true|correct|accurate|fair) (?:record|account))\\b`, 'iu');

/** Whether a sentence tells an agreement reached, as a noun ("General agreement that …"). */
export function isAgreementOutcome(sentence: string): boolean {
  return AGREEMENT.test(sentence.trim().replace(/^[-*+•]\s{1,3}/, ''));
}

/** Whether a sentence tells an outcome reached by a vote or by agreement. */
export function isVoteOutcome(sentence: string): boolean {
  const t = sentence.trim().replace(/^[-*+•]\s{1,3}/, '');
  return PUT_UP_AND_CHOSEN.test(t) || VOTE_HELD.test(t) || AGREEMENT.test(t) || MINUTES_OUTCOME.test(t);
}
