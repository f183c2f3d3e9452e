import { describe, expect, it } from 'vitest';
import { extractFromText } from '../index';
import { findDates } from './dates';

const record = (said: string) =>
  `Minutes of the meeting of Llanfair Community Council - 19/07/23\nMinutes of the meeting of Llanfair Community Council held at Memorial Hall, Llanfair at 7.30 pm on 19.07.23\nPresent\nCllr. Eurig Hughes (Chair), Russell Sharp, Robert G. Owen.\nMinutes\nMinutes of the meeting held on June 8th, 2023 were ${said}.\nMatters Arising\nIt was reported that £5,855.61 had been spent.\n`;

describe('the previous minutes confirmed as a correct record', () => {
  it('"received as correct", "signed … as a true and correct record" are outcomes', () => {
    expect(extractFromText(record('received as correct')).decisions.map((d) => d.text)).toEqual(['Minutes of the meeting held on June 8th, 2023 were received as correct.']);
    expect(extractFromText(record('signed by the Chairman as a true and correct record')).decisions).toHaveLength(1);
  });
  it('"received" alone is not', () => {
    expect(extractFromText(record('received and discussed')).decisions).toHaveLength(0);
  });
  it('the sentence about those minutes does not date the meeting; the heading does', () => {
    expect(extractFromText(record('received as correct')).meetingDate).toBe('2023-07-19');
  });
});

describe('a two-digit year with full stops', () => {
  it('is a date after "on" or "dated", not a clause number', () => {
    expect(findDates('held at 7.30 pm on 19.07.23')[0]?.iso).toBe('2023-07-19');
    expect(findDates('see clause 1.2.10 of the rules')).toHaveLength(0);
  });
});
