import { describe, expect, it } from 'vitest';
import { extractFromText } from '../index';
import { minutesTopicOutcome } from './minutes-topic';

describe('the minutes as a topic with a bare outcome', () => {
  it.each([
    'MINUTES OF THE LAST MEETING: were approved.',
    'Minutes of last meeting. agreed',
    '* [Minutes of previous meeting](http://example.org/agm/2019.html) approved',
    'Minutes of the AGM – duly confirmed',
    'Minutes from 4 May: adopted',
  ])('%s is an outcome', (t) => {
    expect(minutesTopicOutcome(t)).toBe(true);
  });
  it.each([
    'Minutes of the annual meeting are not approved by the council.',
    'Minutes of the last meeting',
    'Minutes of the last meeting: Jo asked about the hall booking.',
    'Minutes of the last meeting (draft) are approved at the next one',
    'The minutes secretary agreed to circulate them.',
  ])('%s is left alone', (t) => {
    expect(minutesTopicOutcome(t)).toBe(false);
  });
});

describe('a committee record opening with the minutes', () => {
  it('reads the minutes item and leaves the report items', () => {
    const doc = ['Minutes of the Committee Meeting', 'Held on 3 May 2016', 'Present: Ann Lee (chair), Bob Roy, Carl Fox', '', '1. Apologies from Dee.', '2. Minutes of last meeting. agreed', '3. Matters arising: accounts show a surplus of £139', '4. Alan to check on cost.'].join('\n');
    expect(extractFromText(doc).decisions.map((d) => d.text)).toEqual(['Minutes of last meeting. agreed', 'Alan to check on cost.']);
  });
});
