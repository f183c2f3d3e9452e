import { describe, expect, it } from 'vitest';
import { extractFromText } from '../index';

const record = (...lines: string[]) =>
  extractFromText(['Minutes of the Selectboard Meeting held on 26 January 2021', 'Present: Ann Lee, Bob Bent, Carl Burson', '', ...lines].join('\n')).decisions.map((d) => d.text);

describe('a motion told as "On motion of …, seconded by …, the Board …"', () => {
  it('is a decision, honorifics and all', () => {
    expect(record('On motion of Ms. Lee, seconded by Mr. Bent, the Board unanimously approved the Town Meeting Day 2021 Warning.')).toEqual([
      'On motion of Ms. Lee, seconded by Mr. Bent, the Board unanimously approved the Town Meeting Day 2021 Warning.',
    ]);
  });

  it('"On motion of X and second of Y, …, the meeting was adjourned" is one', () => {
    expect(record('On motion of Councilmember Lee and second of Councilmember Bent, and a vote in favor by all other councilmembers, the meeting was adjourned at 5:42 p.m.')).toHaveLength(1);
  });

  it('is none where nothing done is stated after the seconder', () => {
    expect(record('1. Resolution No. 10, A RESOLUTION AMENDING THE INTERNAL RULES. On motion of Hon. Ann Lee and duly seconded by Hon. Bob Bent.', 'The meeting closed at 5pm.').some((t) => t.includes('On motion'))).toBe(false);
  });
});

describe('"X made the motion and Y gave the second to …"', () => {
  it('is a decision', () => {
    expect(record("The Secretary's report was read.  Sally made the motion and David gave the second to approve the minutes.").some((t) => t.includes('made the motion'))).toBe(true);
  });
});

describe('a motion under its number, told as a sentence', () => {
  it('"MOTION 23M127 was made by BM and seconded by DG approving …" is a decision', () => {
    expect(record('MOTION 23M127 was made by BM and seconded by DG approving the September Monthly Report. All in favor.')).toHaveLength(1);
  });

  it('"RESOLUTION 23R137 was made by BM and seconded by RF to accept …" is a decision', () => {
    expect(record('RESOLUTION 23R137 was made by BM and seconded by RF to accept the Treasurer’s Report as presented.')).toHaveLength(1);
  });
});

describe('a committee’s formula with its THAT letter-spaced', () => {
  it('"RECOMMENDED – T H A T …" is a decision', () => {
    expect(record('1 MINUTES -', 'RECOMMENDED – T H A T the minutes of the meeting held on 5th January, 2016 be approved as a correct record.')).toEqual([
      'RECOMMENDED – T H A T the minutes of the meeting held on 5th January, 2016 be approved as a correct record.',
    ]);
  });
});

describe('a motion noted M/S/C with the pair bare after it', () => {
  it('"041/09M/S/C D. Hansen / L. Bodie that …", its number glued before, is a decision', () => {
    expect(record('041/09M/S/C D. Hansen / L. Bodie that the agenda be adopted as amended.', '042/09M/S/C C. Wheeler / D. Hansen to adopt the minutes of the regular meeting of March 3, 2009.')).toHaveLength(2);
  });
});

describe('an item closed by its motion’s shorthand', () => {
  it('"Approval of October 2022 Meeting Minutes M/S/P" and "… MSP" are decisions', () => {
    expect(record('Approval of October 2022 Meeting Minutes M/S/P', 'Proposal: Increase of application fee from $50 to $89 MSP')).toHaveLength(2);
  });
  it('a degree after a name is no shorthand', () => {
    expect(record('Guest speaker: Dr Ann Lee, MSc', 'The board thanked Dr Lee for her talk on school safety.')).toHaveLength(0);
  });
});

describe('a Friends’ minute in the present tense', () => {
  it('"We approve …", "We agree to …" are decisions', () => {
    expect(record('We approve the minutes of the last meeting.', 'We agree to approve Mark’s proposal for the new roof.', 'We discussed the garden.')).toHaveLength(2);
  });
});
