/**
 * Where a note page's body starts, for reading its decisions. The record's body is taken to start at
 * its first running sentence; notes kept in Markdown (GitHub, HackMD, a static site) may hold none for
 * a while — "### Discussion ###" over bullets without full stops ("+ Agreement among the Board that
 * …", "* Motion to approve by Kent"; "## PREVIOUS MINUTES" / "Accepted without correction.") — and
 * their first outcomes then fell into the header. On such a page the body starts no later than the
 * line after its first section heading (level two or deeper: the level-one heading is the title).
 */
import type { Segmented } from '../segment/segment';

/** A Markdown section heading below the title's level: "## Minutes", "### Discussion ###". */
const SECTION_HEADING = /^#{2,6}[ \t]+\S/;

/** The record with its body opened after its first section heading, where that comes first; the same record otherwise. */
export function notesBody(seg: Segmented): Segmented {
  if (seg.lang !== 'en') return seg;
  // A page of notes has several such headings: one alone may be a quoted scrap.
  const heads = seg.lines.filter((l) => l.i < seg.tailStart && SECTION_HEADING.test(l.text));
  if (heads.length < 2) return seg;
  const from = heads[0].i + 1;
  return from < seg.bodyStart ? { ...seg, bodyStart: from } : seg;
}
