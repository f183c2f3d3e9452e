import { describe, expect, it } from 'vitest';
import { extractFromText } from '../index';

const head = 'Plymouth Historical Society Draft Minutes\nAugust 12, 2017\nPresent:  Dee Beckman, Joy Donnelly, Rhoda Moore\nCall to order:  10:15\n';
const end = '\nMeeting adjourned: 10:50 a.m.\n';

describe('a motion seconded in the next sentence, its seconder unnamed', () => {
  it('is a decision, under its "Motion:" label too', () => {
    const d = extractFromText(`${head}Motion:  Betsy Tonkin moved for a revision of the by-laws.  The motion was seconded and the vote was unanimously in favor.${end}`);
    expect(d.decisions.map((x) => x.text)).toEqual(['Motion:  Betsy Tonkin moved for a revision of the by-laws.']);
  });
  it('not when the seconded motion failed', () => {
    const d = extractFromText(`${head}Betsy Tonkin moved for a revision of the by-laws.  The motion was seconded and failed on a vote of 2 to 3.${end}`);
    expect(d.decisions).toHaveLength(0);
  });
});
