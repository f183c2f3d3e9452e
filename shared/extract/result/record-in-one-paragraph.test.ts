import { describe, expect, it } from 'vitest';
import { extractFromText } from '../index';

/** A secretary's record printed as paragraphs, the first opening "The regular meeting … was held on …". */
const record = [
  'The regular monthly meeting of Friends of the Library was held on Wednesday, June 22, at the library in Eastby. Those in attendance were Ann Lowe, Bo Tran, President Cy Webb and Secretary Di Park.',
  'The meeting was called to order by President Cy Webb at 9:15 a.m. The minutes of the previous meeting were read and approved. Two new volunteers were added to the desk rota. Cy will get them added and email the rota to all volunteers.',
  'Ann moved and Bo seconded the motion that we pay for the new shelving from our treasury. The motion carried.',
  'Di Park',
  'Secretary',
].join('\n');

describe('a record whose first line is its opening paragraph', () => {
  it('is minutes: "held" there is no headline, and things "added" to a list are no one speaking', () => {
    const d = extractFromText(record);
    expect(d.isMinutes).toBe(true);
    expect(d.decisions.some((x) => x.text.startsWith('Ann moved and Bo seconded'))).toBe(true);
  });

  it('a story told with "said" and "added" under a short headline is still news', () => {
    const story = ['Friends of the Library meets', 'The Friends of the Library met on Wednesday at the library in Eastby.', '"We need more volunteers," President Cy Webb said.', 'Ann Lowe said the shelving fund was growing, and added that the sale raised $400.', 'The group will meet again in July.'].join('\n');
    expect(extractFromText(story).isMinutes).toBe(false);
  });
});
