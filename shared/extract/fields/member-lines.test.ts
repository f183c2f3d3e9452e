import { describe, expect, it } from 'vitest';
import { extractFromText } from '../index';

const heading = 'Minutes of Meeting of The Borough District of Eastby held on Monday 18 October 2021 at 10.00 am in The Council Chamber';
const rest = ['1. Minutes', 'The minutes were approved.'];

describe('members a line each under the heading, no label', () => {
  it('are read with a bullet before each line', () => {
    const text = [heading, '- Councillor Declan Bree', '- Councillor Arthur Gibbons (Mayor)', '- Councillor Tom MacSharry', ...rest].join('\n');
    expect(extractFromText(text).attendees).toEqual(expect.arrayContaining(['Declan Bree', 'Arthur Gibbons', 'Tom MacSharry']));
  });

  it('are read without one', () => {
    const text = [heading, 'Councillor Declan Bree', 'Councillor Arthur Gibbons (Mayor)', 'Councillor Tom MacSharry', ...rest].join('\n');
    expect(extractFromText(text).attendees).toEqual(expect.arrayContaining(['Declan Bree', 'Arthur Gibbons', 'Tom MacSharry']));
  });
});
