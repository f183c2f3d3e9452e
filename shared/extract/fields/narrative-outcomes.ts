/**
 * English outcomes told as narrative sentences rather than under a decisions heading: a person
 * chosen for a post ("Subsequently, W. Ogana was nominated as Chairman", "Peter Brown elected by
 * acclamation as President"), an item put off ("The nomination of Auditors was deferred"), a
 * nomination whose proposer, seconder and outcome share a line ("Nom: X, Second: Y Approved"), and a
 * proposal closed by an outcome word standing as its own sentence ("… be increased. Carried.").
 * Minutes of small bodies print their outcomes so more often than under a heading.
 */
import { alt } from '../lexicon/build';
import { EN_CHOSEN_HOW, EN_CHOSEN_NARRATIVE, EN_NARRATIVE_LEADS, EN_NOMINATION_LABELS, EN_PASSIVE_OUTCOMES, EN_PUT_OFF, EN_REVIEWED, EN_TRAILING_OUTCOMES } from '../lexicon/en';

/** A name as printed: capitalised words, initials ("W. Ogana", "Mrs A. Amissah-Arthur"). */
const NAME = "\\p{Lu}[\\w.'’-]{0,30}(?:\\s\\p{Lu}[\\w.'’-]{0,30}){0,4}";
/** Pronouns and story words are no one chosen ("He was elected in 1991", "They were appointed …"). */
const NOT_NAME = '(?!(?:This|That|It|He|She|They|Who|Which|There|We|I)\\b)';
// Case kept apart from the names' (an 'i' flag would let \p{Lu} take any letter): the lead as printed, capitalised or not.
const LEAD = `(?:${alt([...EN_NARRATIVE_LEADS, ...EN_NARRATIVE_LEADS.map((w) => w[0].toUpperCase() + w.slice(1))])},?\\s)?`;
const BE = '(?:was|were|is|are|has\\sbeen|have\\sbeen)';
const ADVERB = '(?:duly\\s|unanimously\\s|then\\s|also\\s|formally\\s)?';

/** "Subsequently, W. Ogana was nominated as Chairman …", "A and B were re-elected …". */
export const EN_CHOSEN_SENTENCE = new RegExp(`^${LEAD}${NOT_NAME}${NAME}(?:(?:,\\s?|\\s(?:and|&)\\s)${NAME}){0,6}\\s${BE}\\s${ADVERB}${alt(EN_CHOSEN_NARRATIVE)}\\b`, 'u');
/** "Peter Brown elected by acclamation as President", "Jo Bloggs re-elected unopposed": the choice without "was". */
export const EN_CHOSEN_BARE = new RegExp(`^${LEAD}${NOT_NAME}${NAME}(?:(?:,\\s?|\\s(?:and|&)\\s)${NAME}){0,6}\\s(?:re-)?elected\\s(?:${alt(EN_CHOSEN_HOW)})\\b`, 'u');
/** "The nomination of Auditors was deferred to the next meeting": an item put off by the meeting. */
export const EN_PUT_OFF_SENTENCE = new RegExp(`^${LEAD}(?!(?:this|that|it|the meeting|meeting)\\b)[\\w'’,.&()£/ -]{3,120}?\\s${BE}\\s(?:therefore\\s|then\\s|again\\s|unanimously\\s)?${alt(EN_PUT_OFF)}\\b`, 'i');
/** "Nom: Ann Lee, Second: Peter Brown Approved", "Proposed by X; seconded by Y – carried". */
export const EN_NOMINATION_LINE = new RegExp(
  `(?:^|[\\s(–-])${alt(EN_NOMINATION_LABELS.proposer)}\\s?[:.]?\\s[^:;]{2,60}?[,;]?\\s${alt(EN_NOMINATION_LABELS.seconder)}\\s?[:.]?\\s[^:;]{2,60}?[\\s,;.–-]${alt(EN_TRAILING_OUTCOMES)}\\W{0,3}$`,
  'i',
);
/** "Minutes of the previous AGM – were read by PJB and approved", "The accounts were presented by the Treasurer and accepted". */
export const EN_REVIEWED_BY = new RegExp(`^(?!(?:this|that|it)\\b)[^.;:!?]{3,120}?\\s${BE}\\s${alt(EN_REVIEWED)}\\sby\\s[^.;:,]{2,40}?\\sand\\s(?:duly\\s|unanimously\\s|then\\s)?${alt(EN_PASSIVE_OUTCOMES)}\\b`, 'i');
/** "Nick Bannon proposed the minutes … were true and correct." followed by "Margaret Wood seconded the proposal.": a motion told in two sentences. */
const PROPOSED_BY_NAME = new RegExp(`^${NOT_NAME}${NAME}\\s(?:proposed|moved)\\s(?!by\\b)\\S`, 'u');
// "The motion was seconded and the vote was unanimously in favor.": seconded, its seconder unnamed.
const SECONDED_SENTENCE = new RegExp(`^(?:${NOT_NAME}${NAME}\\s(?:seconded|supported)\\b|(?:[Ss]econded|[Ss]upported)\\sby\\s|(?:[Tt]he\\s)?(?:[Mm]otion|[Pp]roposal)\\swas\\s(?:duly\\s)?seconded\\b(?![^.]*\\b(?:lost|failed|defeated|withdrawn)\\b))`, 'u');
/** An outcome word alone as a sentence: "Carried.", "Approved unanimously.", "(Carried)". */
export const EN_TRAILING_OUTCOME = new RegExp(`^[(\\[]?${alt(EN_TRAILING_OUTCOMES)}[)\\]]?[.!]?$`, 'i');
/** What can stand before a trailing outcome word: a proposal, a motion's words (not its seconding, "Motion second by X."), a nomination. */
const PROPOSAL = /^(?:(?:a\s|the\s)?(?:proposal|recommendation|nomination)s?\s(?:to|that|for|of)\b|(?:a\s|the\s)?motion\s(?:to|that|for)\b)/i;

/** Whether a sentence states a narrative outcome by itself. */
export function narrativeOutcome(s: string): boolean {
  const t = s.replace(/^[\s•*\-–]+/, '');
  return EN_CHOSEN_SENTENCE.test(t) || EN_CHOSEN_BARE.test(t) || EN_PUT_OFF_SENTENCE.test(t) || EN_NOMINATION_LINE.test(t) || EN_REVIEWED_BY.test(t);
}

/** Whether a proposal is carried by the outcome word that follows it as its own sentence. */
export function carriedByNext(s: string, next: string | undefined): boolean {
  return !!next && EN_TRAILING_OUTCOME.test(next.trim()) && PROPOSAL.test(s.replace(/^[\s•*\-–]+/, '').trim());
}

/** Whether a named member's proposal is seconded in the sentence after it (its vote, if lost, is read apart). */
export function secondedByNext(s: string, next: string | undefined): boolean {
  // Under its label ("Motion:  Betsy Tonkin moved for …"): the label is no part of the mover's name.
  return !!next && SECONDED_SENTENCE.test(next.trim()) && PROPOSED_BY_NAME.test(s.replace(/^[\s•*\-–]+/, '').replace(/^motion\s*[:：]\s*/i, '').trim());
}
