import { describe, expect, it } from 'vitest';
import { extractFromText } from '../index';

const record = (title: string, dated: string) => extractFromText([title, dated, 'Present: Ann Lowe (Chair), Bo Tran, Cy Webb', '1. The minutes of the last meeting were approved.', '2. It was agreed that the fees remain at £10.'].join('\n'));

describe('a date printed without its year under a title naming the meeting’s year', () => {
  it.each([
    ['Minutes Of Annual General Meeting 2017', 'Held on Monday 24th April at the Town Hall', '2017-04-24'],
    ['Eastby Camera Club 2019 AGM Minutes', 'Held on Monday 24th April at the Town Hall', '2019-04-24'],
  ])('%s', (title, dated, iso) => {
    const d = record(title, dated);
    expect(d.meetingDate).toBe(iso);
    expect(d.fields.meetingDate?.confidence).toBeLessThan(0.9);
  });

  it('a year of something else in the title lends none', () => {
    expect(record('Minutes: Budget 2017-2020 review', 'Held on Monday 24th April at the Town Hall').meetingDate).toBe('XXXX-04-24');
  });
});
