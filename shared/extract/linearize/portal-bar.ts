/**
 * A records portal's address bar and the name its uploader gave the file ("HomeMy WebLinkAbout190212 OPEN
 * Minutes"), printed over the document and, in a scan's text, run into it with no space ("… OPEN
 * MinutesBOARD OF COUNTY COMMISSIONERS …"). The name is the portal's, not the document's heading: the line is
 * cut where the document's text starts, so the name stands as a line of its own (read as the portal's,
 * fields/header.ts) and the document's own heading as the next.
 */
import { alt } from '../lexicon/build';
import { EN_HEADING_CHROME } from '../lexicon/en';
import type { Line } from './lines';

/** The address bar at a line's start, the spaces after it with it. */
export const PORTAL_BAR = new RegExp(`^\\s*(?:${alt(EN_HEADING_CHROME)})\\s*`, 'i');
/** A file's name is short; a join further on is inside the document. */
const LONGEST_NAME = 120;
/** Where a word in lower case, or a number, runs straight into one in capitals: "MinutesBOARD", "2013-07-18RECORD". */
const JOIN = /[\p{Ll}\d)](?=\p{Lu})/u;

export function splitPortalBar(line: Line): Line[] {
  const bar = PORTAL_BAR.exec(line.text);
  if (!bar) return [line];
  const name = line.text.slice(bar[0].length, bar[0].length + LONGEST_NAME);
  const join = JOIN.exec(name);
  // The name needs a word of its own before the join; the rest must be text, not one more word.
  if (!join || join.index < 2) return [line];
  const cut = bar[0].length + join.index + 1;
  const rest = line.text.slice(cut);
  if (rest.trim().length < 8) return [line];
  return [
    { text: line.text.slice(0, cut), start: line.start, end: line.start + cut, gapBefore: line.gapBefore },
    { text: rest, start: line.start + cut, end: line.end, gapBefore: false },
  ];
}
