import { describe, expect, it } from 'vitest';
import { extractFromText } from '../index';
import { bracketedMotionParts } from './bracketed-motion';

const HEAD = ['Minutes of the Eastby Dog Club General Meeting', 'Tuesday 22nd September 2015', 'Attendance: Ian Davis, Tania Howard, Guy Robinson, Jason Bovey', ''];
const decisionsOf = (lines: string[]) => extractFromText([...HEAD, ...lines, '', 'Meeting closed 9:30pm.'].join('\n')).decisions.map((d) => d.text);

// An item closed by its mover and seconder in brackets is the decision, from the item's start.
describe('an item closed by its motion in brackets', () => {
  it.each([
    ['2.  Confirmation / reading of minutes from 21/07/15 (Moved N Abela/ Passed E Scott)', 'Confirmation / reading'],
    ['3.  New Members – Dr Samuel Purcell, Karen Darlington – all passed – (Moved T Howard / Passed G Robinson)', 'New Members – Dr Samuel'],
    ['4.  Move Annual Business Meeting to Third Tuesday in October (Motion: Patrick, 2nd: Minea). Unanimous approval.', 'Move Annual Business'],
    ["5.  Treasurer's report accepted (Motion by James, seconded by Justin)", "Treasurer's report"],
  ])('%s', (item, start) => {
    expect(decisionsOf(['1.  President welcomed everyone.', item]).some((t) => t.startsWith(start))).toBe(true);
  });

  it('reads each bullet of an item as its own', () => {
    const item = ['5. New Business', '  • Move Annual Business Meeting to October (Motion: Patrick, 2nd: Minea). Unanimous approval.', '  • Generic business cards – Estimated cost is $15. (Motion: Patrick, 2nd: Minea). Unanimous approval.'];
    const got = decisionsOf(['1.  President welcomed everyone.', ...item]);
    expect(got.filter((t) => /^(?:Move Annual|Generic business)/.test(t))).toHaveLength(2);
  });

  it('leaves a lost motion, two motions in one part, a bracket of another kind and a page run together', () => {
    expect(bracketedMotionParts('New clubhouse (Moved A Lee / Seconded B Roe). Lost.')).toEqual([]);
    expect(bracketedMotionParts('Fees (Moved A Lee / Seconded B Roe). Dates (Moved C Day / Seconded D Fox).')).toEqual([]);
    expect(bracketedMotionParts('2. PR 201 (Proposed by Leah Romm, refined by Chris Needham): a definition')).toEqual([]);
    expect(bracketedMotionParts(`${'Roll call and reports. '.repeat(50)}The minutes were approved as written (moved N Thomson, seconded J Clancy).`)).toEqual([]);
  });
});
