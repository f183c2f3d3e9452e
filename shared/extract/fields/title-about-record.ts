/**
 * A line ABOUT the record is never its title: who took the minutes ("Minutes taken by the Secretary, …",
 * "PTJ, NB, NP. Minutes by NB."), what was done to them ("These minutes have been converted to a mobile
 * friendly format …"), where they are kept ("Minutes Google Doc: <https://…>", "Click here to download a
 * .pdf of these minutes: …"). Each names minutes, so the title's search took it for a heading.
 */
import { alt } from '../lexicon/build';
import { EN_RECORD_ABOUT } from '../lexicon/en';

const MADE_BY = new RegExp(`\\bminutes\\s(?:(?:were|was|are|have\\sbeen)\\s)?(?:${alt(EN_RECORD_ABOUT.madeBy)})?\\s?by\\b`, 'i');
const THESE = new RegExp(`(?:^|[\\s(])(?:${alt(EN_RECORD_ABOUT.these)})\\sminutes\\s(?:have|has|were|was|are|is|may|can|will|document)\\b`, 'i');
/** A caption of a link or a file: "Minutes Google Doc: <url>", "Minutes (PDF): https://…". */
const LINKED = /\bminutes\b[^<>:]{0,40}:[\s*]{0,4}<?https?:\/\//i;
const LINK_VERB = new RegExp(`^\\W{0,4}(?:${alt(EN_RECORD_ABOUT.link)})\\b.{0,60}?\\b(?:these|the|this)\\sminutes\\b`, 'i');

/** Where the record is kept, a sentence run over lines: "… minutes document (2022-08 Minutes.docx) may be found in the …". */
const KEPT = /\bminutes\b.{0,80}?\b(?:may|can)\sbe\s(?:found|viewed|downloaded|read)\b/i;

export function aboutRecord(text: string): boolean {
  const t = text.replace(/\s+/g, ' ');
  return MADE_BY.test(t) || THESE.test(t) || LINKED.test(t) || LINK_VERB.test(t) || KEPT.test(t);
}
