/**
 * A scribe's notes of who said what: lines that open with a speaker's name and a colon, several
 * people each speaking in turn ("Dmitri: There is overlap between both groups …" / "Justin: Should
 * the work be moved …"), as standards bodies' and open-source projects' call notes are kept. The
 * speakers are the people at the meeting, where no list of attendees is printed. The verbatim
 * pattern (result/structure.ts) wants a chair and names in capitals; these name no chair. A label
 * ("Topic:", "Status:", "Date:") is no speaker, nor is a line that holds a short value, as a form's.
 */
import { alt } from '../lexicon/build';
import { EN_ACTION_MARKS, EN_LABELS, EN_NOT_SPEAKERS, EN_NOTES, EN_PLACEHOLDER, EN_TALLY } from '../lexicon/en';
import type { Segmented } from '../segment/segment';
import { unbullet } from '../text/markup';

/** "Name: words …" or "First Last: words …", the turn four words long at least. */
const TURN = /^([A-Z][a-z]{1,15}(?: [A-Z][a-z]{1,15})?) ?: {1,3}(\S[^\n]{0,600})$/;
const NOT_SPEAKER = new RegExp(
  `^(?:${alt([...Object.values(EN_LABELS).flat(), ...EN_ACTION_MARKS, ...EN_PLACEHOLDER, ...EN_TALLY, ...EN_NOTES.outcomeLabels, ...EN_NOT_SPEAKERS])})$`,
  'i',
);

/** Four speakers or more, each with two turns or more, twelve turns in all. */
export function speakerTurns(seg: Segmented): boolean {
  if (seg.lang !== 'en') return false;
  const turns = new Map<string, number>();
  for (const l of seg.lines) {
    const m = TURN.exec(unbullet(l.text).trim());
    if (!m || NOT_SPEAKER.test(m[1]) || m[2].split(/\s+/).length < 4) continue;
    turns.set(m[1], (turns.get(m[1]) ?? 0) + 1);
  }
  const speakers = [...turns.values()].filter((n) => n >= 2);
  return speakers.length >= 4 && speakers.reduce((a, n) => a + n, 0) >= 12;
}
