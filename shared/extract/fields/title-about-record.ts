/**
 * A line ABOUT the record is never its title: who took the minutes ("Minutes taken by the Secretary, …",
 * "PTJ, NB, NP. Minutes by NB."), what was done to them ("These minutes have been converted to a mobile
 * friendly format …"), where they are kept ("Minutes Google Doc: <https://…>", "Click here to download a
 * .pdf of these minutes: …"). Each names minutes, so the title's search took it for a heading.
 */
import { alt } from '../lexicon/build';
import { EN_RECORD_ABOUT } from '../lexicon/en';
import { ZH_RECORD_ABOUT } from '../lexicon/zh';

const MADE_BY = new RegExp(`\\bminutes\\s(?:(?:were|was|are|have\\sbeen)\\s)?(?:${alt(EN_RECORD_ABOUT.madeBy)})?\\s?by\\b`, 'i');
const THESE = new RegExp(`(?:^|[\\s(])(?:${alt(EN_RECORD_ABOUT.these)})\\sminutes\\s(?:have|has|were|was|are|is|may|can|will|document)\\b`, 'i');
/** A caption of a link or a file: "Minutes Google Doc: <url>", "Minutes (PDF): https://…". */
const LINKED = /\bminutes\b[^<>:]{0,40}:[\s*]{0,4}<?https?:\/\//i;
/** A link's caption naming the file it opens: "June 19 2017 Board of Police Commissioners minutes (PDF)", "Minutes [PDF, 245 KB]". */
const FILE_CAPTION = /\bminutes\b.{0,80}?[([]\s?(?:pdf|docx?)(?:\s?[,|-]\s?[^)\]]{0,20})?[)\]]\s*$/i;
/** A portal's link to a file, with its size: "Minutes pdf icon PDF 527 KB", "Minutes of the previous meeting PDF 84 KB". */
const FILE_SIZE_CAPTION = /\bminutes\b.{0,80}?\b(?:pdf|docx?)\s+\d[\d.,]*\s?(?:KB|MB)\s*$/i;
const LINK_VERB = new RegExp(`^\\W{0,4}(?:${alt(EN_RECORD_ABOUT.link)})\\b.{0,60}?\\b(?:these|the|this)\\sminutes\\b`, 'i');

/** Where the record is kept, a sentence run over lines: "… minutes document (2022-08 Minutes.docx) may be found in the …". */
const KEPT = /\bminutes\b.{0,80}?\b(?:may|can)\sbe\s(?:found|viewed|downloaded|read)\b/i;

/**
 * The Chinese forms: this record named at the line's start, in a note's brackets or a quote's mark, with
 * where it is posted or linked ("> （此會議記錄將於…網址…供業戶瀏覽）", "此會議記錄連結：https://…"), or the
 * record's caption before its address ("会议纪要：https://…").
 */
const THIS_RECORD_ZH = new RegExp(`^[>\\s*#-]{0,6}[（(]?(?:此|本|该|該)(?:份|次)?(?:${alt(ZH_RECORD_ABOUT.record)}).{0,40}?(?:${alt(ZH_RECORD_ABOUT.where)})`);
const LINKED_ZH = new RegExp(`(?:${alt(ZH_RECORD_ABOUT.record)})[^：:\\n]{0,10}[：:]\\s{0,2}<?(?:https?:\\/\\/|www\\.)`);

export function aboutRecord(text: string): boolean {
  const t = text.replace(/\s+/g, ' ');
  return MADE_BY.test(t) || THESE.test(t) || LINKED.test(t) || FILE_CAPTION.test(t) || FILE_SIZE_CAPTION.test(t) || LINK_VERB.test(t) || KEPT.test(t) || THIS_RECORD_ZH.test(t) || LINKED_ZH.test(t);
}
