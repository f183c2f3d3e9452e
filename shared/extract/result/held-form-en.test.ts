import { describe, expect, it } from 'vitest';
import { extractFromText } from '../index';
import { heldFormEn } from './held-form-en';
import { segment } from '../segment/segment';
import { linesFromText } from '../linearize/lines';

/**
 * English notes whose roll is filled in — who attended, and who sent regrets or took the notes —
 * over an "Agenda:" outline of what was discussed, or over a bylaw amendment quoted in full (made
 * up, in the style of open-source projects', co-ops' and clubs' notes).
 */
const RECORDS = [
  '# Roll call:\n\n## Attending\n\n* Priya Raman\n* Tom Becker\n* Lena de Vries\n\n## Regrets\n\n* Omar Haddad\n\n# Agenda:\n\n* Release planning\n  * 3.2 is in its last CI run\n  * Agreed to cut 3.2 on Friday\n  * Lena and Tom will write the release notes\n* Website\n  * new docs theme merged',
  '# 2025-02-11 Makers Co-op Board Meeting\n\nTime: 6:00-7:00pm\nAttending: rk, jm, sb, tw\nNotetaker: jm\n\n## Notes\n\n- VOTED unanimously to amend the bylaws as follows:\n\n  4.1 The Board shall meet monthly.\n  4.2 A director shall serve two years.\n  4.3 No director shall be paid.\n  4.4 Notice of a meeting shall be given a week ahead.\n  4.5 The Secretary shall keep the minutes.',
  'Present: Ann Lee, Raj Patel, Sue Kim\nApologies: Mark Jones\n\nAgenda\n\n1. Hall booking\n   Raj to call the council on Monday.\n2. Summer fair\n   Sue will draft the flyer.',
  // The note-taker as "Minuting", its label in bold.
  '# community meeting notes 2023-10-31\n\n**Attendees:** JB, MR, JS, FK\n\n**Minuting:** JB\n\n## Agenda\n\n1. Review of actions\n    * action MR: put this up for voting\n    * action FK: review the draft and share it\n2. Conference planning',
  // A roll answered row by row in a table, over an "Agenda:" outline.
  '## Biweekly Meeting 6/6\n\n### Attendance:\n\n| Name (Affiliation) | Present? |\n| --- | --- |\n| Ann Lee (Acme) | Yes |\n| Raj Patel (Initech) | Yes |\n| Sue Kim (Globex) | No |\n\n### Agenda:\n* **CLA update**\nRaj has sent a draft of the CLA. Ann will connect the legal teams.\n* **Election rules**\nSue volunteered to draft the rules by mid-July.',
];

/** What shares the headings: an agenda naming no one absent, a template's blank roll, a rule book. */
const LOOK_ALIKES = [
  'Agenda\n\n1. Apologies\n2. Minutes of the last meeting\n3. Treasurer’s report\n4. Any other business',
  'Attending:\nRegrets:\nNotetaker: ____\n\nAgenda:\n- item\n- item',
  // A roll's table left blank, to be answered at the meeting.
  '### Attendance:\n\n| Name | Present? |\n| --- | --- |\n| Ann Lee |  |\n| Raj Patel |  |\n| Sue Kim |  |\n\n### Agenda:\n* CLA update\n* Election rules',
  'Section 1. The Board shall meet monthly.\nSection 2. A quorum shall be three directors.\nSection 3. The Secretary shall keep the minutes.\nSection 4. Notice shall be given a week ahead.\nSection 5. Directors shall serve two years.',
];

describe('held form (English)', () => {
  it.each(RECORDS)('reads a filled roll as a meeting held: %s', (text) => {
    expect(extractFromText(text).isMinutes).toBe(true);
  });
  it.each(LOOK_ALIKES)('finds no filled roll in a look-alike: %s', (text) => {
    expect(heldFormEn(segment(linesFromText(text)))).toBe(false);
    expect(extractFromText(text).isMinutes).toBe(false);
  });
});
