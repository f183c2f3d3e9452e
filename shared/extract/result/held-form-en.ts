/**
 * An English record's roll filled in: who attended named under its label ("Attending: bl, el, yj",
 * "## Attending" over a list of names) beside who sent regrets or was absent, or who took the notes
 * ("## Regrets" / "* Arun Nair", "Notetaker: bl"). Absentees and a note-taker are known only once the
 * meeting is held: an agenda or a notice lists neither, and a template leaves them blank. Projects'
 * and co-ops' notes print this roll over an "Agenda:" outline of what was discussed, or over a
 * bylaw amendment quoted in full ("shall" five times): such a page is the record, not the agenda or
 * the rule book. So is a roll kept as a task list with some names ticked (fields/ticked-roll.ts). The zh side is structure.ts's heldForm.
 */
import type { Segmented, SegLine } from '../segment/segment';
import { alt } from '../lexicon/build';
import { EN_RECORDER } from '../lexicon/en';
import { partlyTickedRoll } from '../fields/ticked-roll';

/** A note-taker's label with its value: "Notetaker:  bl", "Scribe: Ann". */
// Bold around the label, before or after its colon: "**Minuting:** JB", "**Scribe**: Ann".
const RECORDER = new RegExp(`^\\s*[-*]?\\s*(?:\\*\\*|__)?(?:${alt(EN_RECORDER)})(?:\\*\\*|__)?\\s*[:：]\\s*(?:\\*\\*|__)?\\s*(\\S.{0,60})$`, 'i');
/** A value left blank or standing for one: "____", "[Name]", "{{ scribe }}", "<name>", "TBD". */
const BLANK = /^(?:[_.…\-–\s]{1,}|\[[^\]]{0,30}\]|\{\{?[^}]{0,30}\}\}?|<[^>]{0,30}>|tbd|tba|n\/?a|none)$/i;
/** A person's name on a line of its own, as a list item or as the list renders ("* Mandy Chessell", "Andre de Waal", "Arun Nair (Acme)"). */
const NAME_LINE = /^(?:[-*•+]\s{1,3})?[A-Z][\w'’.-]{0,20}(?:\s(?:[A-Z][\w'’.-]{0,20}|de|van|von|der|da|di|la|le)){1,3}(?:\s\([^()\n]{1,30}\))?$/;

const filled = (v: string): boolean => v.trim().length >= 2 && !BLANK.test(v.trim());

/** The label's value on its line, or the names listed under it ("## Attending" / "* Mandy Chessell"). */
function named(lines: SegLine[], i: number): boolean {
  const l = lines[i];
  if (l.label && filled(l.label.value)) return true;
  const next = lines[i + 1];
  return !!next && next.kind !== 'label' && NAME_LINE.test(next.text.trim());
}

/**
 * A roll's row answered, a table's or a form's: a name, then whether they came ("| Joe Spisak (Facebook) | Yes |",
 * "Ann Lee    Present"). Answers are written once the meeting is held; an agenda or a blank form has none.
 */
const ANSWERED_ROW = /^\|?\s*\p{Lu}[^|]{2,60}?(?:\s*\|\s*|\s{2,}|\t)(yes|no|y|n|present|absent|apologies|regrets|✓|✔|✗|☑)\s*\|?\s*$/iu;
const CAME = /^(?:yes|y|present|✓|✔|☑)$/i;

/** Three rows of a roll answered or more, one of them at least saying the member came. */
function rollAnswered(lines: SegLine[]): boolean {
  const answers = lines.map((l) => ANSWERED_ROW.exec(l.text.trim())?.[1]).filter((a): a is string => !!a);
  return answers.length >= 3 && answers.some((a) => CAME.test(a));
}

/** Who attended, and who was absent or took the notes, each named, in the page's first 40 lines; or a roll answered row by row. */
export function heldFormEn(seg: Segmented): boolean {
  if (seg.lang === 'zh') return false;
  const lines = seg.lines.slice(0, 40);
  if (rollAnswered(lines) || partlyTickedRoll(seg.lines)) return true;
  let attended = false;
  let held = false;
  lines.forEach((l, i) => {
    const kind = l.kind === 'label' ? l.label?.kind : undefined;
    if (kind === 'attendance' && named(lines, i)) attended = true;
    else if (kind === 'absence' && named(lines, i)) held = true;
    else if ((kind === 'recorder' && named(lines, i)) || (RECORDER.exec(l.text)?.[1] && filled(RECORDER.exec(l.text)![1]))) held = true;
  });
  return attended && held;
}
