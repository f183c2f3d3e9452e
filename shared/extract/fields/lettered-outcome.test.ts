import { describe, expect, it } from 'vitest';
import { extractFromText } from '../index';

/** An outcome in a lettered sub-item, behind its topic's label and a ":-" ("c) Partnership rule:- The committee agreed …"). */
describe('an outcome behind a sub-item letter and its topic', () => {
  it('is a decision', () => {
    const d = extractFromText(
      [
        'Minutes of the Committee Meeting held Monday, 16th August 2010 at 5.45pm',
        'Present: Derek Snelling (Chair), Dot Procter, Suzanne Green',
        '2. Previous Minutes: The Minutes of the Committee Meeting held 12th July 2010 were confirmed as a true and correct record.',
        '3. Matters Arising:',
        'a) Nigel Kearney has completed a series of lessons. Jenny to write him a letter of thanks.',
        'b) The Insurance Company has written about the alarm system.',
        'c) Partnership rule:- The committee agreed that a pair could play together all the year. Peter to reword the ruling.',
        '4. Directing and Scoring:-',
        'Allan provided a report.',
      ].join('\n'),
    ).decisions.map((x) => x.text);
    expect(d.some((t) => t.includes('a pair could play together'))).toBe(true);
    expect(d.some((t) => t.startsWith('Peter to reword'))).toBe(true);
    expect(d.some((t) => t.includes('Insurance'))).toBe(false);
  });
});
