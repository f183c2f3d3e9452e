import { describe, expect, it } from 'vitest';
import { extractFromText } from '../index';

// An agenda that prints, under its items, the words a member may use to move them.
const agenda = (mark: string) =>
  [
    "Governor's Council on Disabilities",
    'Council Business Meeting',
    'Tuesday, February 4, 2020',
    '1. Call to Order, Corey Gilmore',
    '2. Roll Call',
    `3. Approval of Fall Meeting Minutes ${mark}: I make a motion to approve the Fall Council meeting minutes as presented.`,
    '4. Approval of the Agenda',
    `${mark}: I make a motion to approve the Winter Council meeting agenda as presented.`,
    '5. Chair Report, Corey Gilmore',
    '6. Other New Business from the Floor',
  ].join('\n');

describe('an agenda printing sample motions under its items', () => {
  it.each(['SAMPLE MOTION', 'Suggested motion', 'Proposed Motion'])('is an agenda (%s)', (mark) => {
    const d = extractFromText(agenda(mark));
    expect(d.isMinutes).toBe(false);
  });

  it('leaves a record whose motions were made and carried the record', () => {
    const d = extractFromText(
      [
        'Council Business Meeting Minutes',
        'February 4, 2020',
        'Present: Corey Gilmore, Anne Applegate, Heidi Lieb-Williams',
        '1. Approval of Fall Meeting Minutes',
        'Anne Applegate moved to approve the Fall Council meeting minutes as presented; Heidi Lieb-Williams seconded. Motion carried.',
      ].join('\n'),
    );
    expect(d.isMinutes).toBe(true);
  });
});
