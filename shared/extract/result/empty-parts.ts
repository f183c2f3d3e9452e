/**
 * A notes template's empty parts: a bullet with nothing after it ("* "), and a Markdown heading whose
 * part holds nothing before the next heading or the page's end ("## Actions" / "## Discussion Notes").
 * A record's parts hold what was said and done; a template's wait to be written.
 */
import type { Segmented } from '../segment/segment';

const BULLET_ALONE = /^[-*•+]$/;
const HEADING = /^#{1,6}\s+\S/;

/** How many of the page's parts are left empty. */
export function emptyParts(seg: Segmented): number {
  const lines = seg.lines.filter((l) => l.kind !== 'chrome').map((l) => l.text.trim());
  let n = 0;
  lines.forEach((t, i) => {
    if (BULLET_ALONE.test(t)) n++;
    else if (HEADING.test(t) && (i === lines.length - 1 || HEADING.test(lines[i + 1]))) n++;
  });
  return n;
}
