import { describe, expect, it } from 'vitest';
import { extractFromText } from '../index';

// An officer's report to a meeting, headed as such, tells what the committee did in the first person:
// it names people and a meeting, but it is not the meeting's record.
describe('a report headed as an officer’s report', () => {
  const body = [
    'Annual General Meeting – 17 November 2022',
    'Welcome to everyone this evening and it is so good to be able to meet again.',
    'The Annual General Meeting in 2021 saw the retirement of Jackie Bow as our Chairman after 11 years.',
    'It also saw a new Committee elected comprising of myself, Mary Cooper, Jill Gardner and Tony Smith.',
    'As you can see, I was elected as the Chair and Jill Gardner was elected as the Vice-Chair.',
  ];
  it.each(['2022 AGM – Chair’s Report', "President's Annual Report 2019", "Treasurer's Report to the AGM", 'CLERK’S REPORT FOR COUNCIL MEETING 1st FEBRUARY 2024', "Principal's Report to the Board"])('%s', (head) => {
    expect(extractFromText([head, ...body].join('\n'))).toMatchObject({ isMinutes: false, reason: 'a report to a meeting, not its minutes' });
  });

  it('is no reason to refuse minutes holding a chair’s report as an item', () => {
    const minutes = ['Minutes of the Annual General Meeting, 17 November 2022', 'Present: Mary Cooper (Chair), Jill Gardner, Tony Smith', "3. Chair's Report", 'The Chair reported on the year. It was agreed that the report be accepted.'].join('\n');
    expect(extractFromText(minutes).isMinutes).toBe(true);
  });
});

// A communiqué publishes the resolutions a meeting adopted, for others: it names itself in its heading.
describe('a communiqué headed as such', () => {
  const body = ['At the end of the meeting, the following resolutions were adopted:', '1. That the leaders support a united country.', '2. That the governors meet again in August.'];
  it.each([
    'COMMUNIQUE ARISING FROM THE MEETING OF SOUTH EAST GOVERNORS HELD AT ENUGU, ON SATURDAY, 1ST JULY 2017',
    'Final Communiqué',
    'date 2017-07-02 COMMUNIQUE ARISING FROM THE MEETING OF GOVERNORS',
  ])('%s', (head) => {
    expect(extractFromText([head, ...body].join('\n'))).toMatchObject({ isMinutes: false, reason: 'a decision or communiqué, not minutes' });
  });

  it('is no reason to refuse minutes that approve a communiqué', () => {
    const minutes = ['Minutes of the Governors’ Meeting, 1 July 2017', 'Present: Governor A Okafor (Chair), Governor B Eze, Governor C Obi', '1. Communiqué', 'It was agreed that the communiqué be issued as drafted.'].join('\n');
    expect(extractFromText(minutes).isMinutes).toBe(true);
  });
});

// A body retells its meeting for readers under a heading that says so: its news, not its record.
describe('a meeting retold under a digest, synopsis or update heading', () => {
  const body = ['The Board held its regular monthly meeting on April 15 via Zoom.', '• Council approved the revised expense policy.', '• Council agreed to fund the summer festival.', '• The board will next meet on May 20.'];
  it.each(['Town Council Meeting Digest - May 8, 2018', 'Church Council Meeting Synopsis – 13th April 2022', 'Board Update for April', 'Council Decisions Update 06/12/2015'])('%s', (head) => {
    expect(extractFromText([head, ...body].join('\n'))).toMatchObject({ isMinutes: false, reason: 'a meeting retold for readers (digest, synopsis, update), not its minutes' });
  });

  it('is no reason to refuse a retelling that records who attended', () => {
    const text = ['Board Update for April', 'Present: Ann Lee (Chair), Bob Ray, Cy Dunn, Di Fox', 'The Board agreed to fund the summer festival.', 'It was resolved that the revised expense policy be approved.'].join('\n');
    expect(extractFromText(text).isMinutes).toBe(true);
  });
});
