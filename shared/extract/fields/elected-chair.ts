/**
 * The chair chosen at the meeting's start, told as its first act: "W. Ogana was nominated as Chairman",
 * "Stuart Campbell was nominated and elected the chair", "a motion to elect Tim Miller as moderator",
 * "the Directors elected MS to be chairman for this meeting". A meeting with no standing chair (a task
 * team's first sitting, a town meeting, a board whose chair is away) is chaired by the one it chooses.
 * An office filled for a term is not the chair of this meeting: "elected Chairperson of the District for
 * the coming year", "elected as 2018 President" are left out, as are the vice- and deputy chairs.
 */
import { EN_CHOSEN_CHAIR } from '../lexicon/en';

/** A title before the name, no part of it. */
const HONOUR = String.raw`(?:(?:Mr|Mrs|Ms|Miss|Dr|Prof|Cllr|Councillor|Trustee|Commissioner|Director|Hon|Rev|Sri|Shri)\.?\s{1,3})?`;
/** A name as printed: initials and capitalised words ("W. Ogana", "Tim Miller", "MS"). */
const NAME = String.raw`((?:\p{Lu}\.\s?){0,3}\p{Lu}[\p{L}'’-]*(?:\s(?:\p{Lu}\.\s?){0,2}\p{Lu}[\p{L}'’-]*){0,3})`;
/** The office, as printed in lower case, capitalised or in capitals. */
const cased = (w: string) => [w, w.replace(/\b\w/g, (c) => c.toUpperCase()), w.toUpperCase()];
const POST = String.raw`(?:[Tt]he\s)?(?:${[...EN_CHOSEN_CHAIR].sort((a, b) => b.length - a.length).flatMap(cased).join('|')})`;
/** "X was nominated as Chairman", "X was nominated and elected the chair", "X was unanimously elected chairperson". */
const PASSIVE = new RegExp(
  String.raw`${HONOUR}${NAME},?\s(?:was|is)\s(?:duly\s|unanimously\s)?(?:\p{Ll}+\sand\s)?(?:nominated|elected|appointed|chosen|selected)\s(?:as\s|to\sbe\s)?${POST}\b`,
  'u',
);
/** "to elect Tim Miller as moderator", "the Directors elected MS to be chairman for this meeting". */
const ACTIVE = new RegExp(String.raw`\b(?:elect(?:ed)?|appoint(?:ed)?|nominat(?:ed|e)|chose|choose)\s${HONOUR}${NAME}\s(?:as|to\sbe)\s${POST}\b`, 'u');
/** What follows an office filled for a term, not the chair of this meeting. */
const TERM = /^\s*(?:of\s(?!(?:the|this)\smeeting)|for\s(?:the\s)?(?:\d{4}|coming|ensuing|next|following|year|term)|until\b)/i;
/** Words that take a name's place without being one. */
const NOT_NAME = /^(?:The|This|A|An|All|It|He|She|They|Members?|Council|Board|Committee|Meeting|Motion|Vice|Deputy)$/;

export function electedChair(text: string): { name: string; index: number } | null {
  for (const re of [PASSIVE, ACTIVE]) {
    const m = re.exec(text);
    if (!m || m.index === undefined) continue;
    const name = m[1].replace(/(?<=[\p{Ll}'’]{2})\.$/u, '');
    const before = text.slice(Math.max(0, m.index - 12), m.index);
    if (NOT_NAME.test(name.split(/\s/)[0]) || /(?:vice|deputy|co)[-\s]?$/i.test(before) || /\b(?:vice|deputy|co)[-\s]?(?:chair|moderator)/i.test(m[0])) continue;
    if (TERM.test(text.slice(m.index + m[0].length))) continue;
    return { name, index: m.index + m[0].indexOf(m[1]) };
  }
  return null;
}
