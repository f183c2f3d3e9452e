import { describe, expect, it } from 'vitest';
import { extractFromText } from '../index';
import { findDeadline } from './deadlines';

const page = (item: string) =>
  [
    'Agenda and minutes',
    'Carrick on Shannon Municipal District - Monday, 10th February, 2020 11.00 am',
    'Venue: Council Chamber, Aras an Chontae',
    'CMD.14.20',
    item,
    'Proposed by Councillor Enda Stenson, Seconded by Councillor Sean McGowan AND UNANIMOUSLY RESOLVED;',
    '“That the Minutes of the Meeting of Carrick on Shannon Municipal District held in Aras an Chontae, Carrick on Shannon, Co. Leitrim on Monday 13th January 2020 be adopted.”',
  ].join('\n');

describe('the date of minutes being adopted is an earlier meeting’s', () => {
  it('in an item’s heading naming those minutes, where the header dates the page', () => {
    expect(extractFromText(page('Minutes of Meeting of Carrick on Shannon Municipal District held on Monday 13th January 2020')).meetingDate).toBe('2020-02-10');
  });

  it('in the motion adopting them', () => {
    expect(extractFromText(page('Adoption of Minutes')).meetingDate).toBe('2020-02-10');
  });

  it('is no deadline of the motion', () => {
    const d = extractFromText(page('Adoption of Minutes')).decisions;
    expect(d).toHaveLength(1);
    expect(d[0].due).toBeNull();
  });

  it('a day named with its year before the meeting is no deadline; one after it is', () => {
    expect(findDeadline('The report was circulated in the office, Co. Leitrim on Monday 13th January 2020.', 'en', '2020-02-10')).toBeNull();
    expect(findDeadline('The Clerk will report to members on Monday 2nd March 2020.', 'en', '2020-02-10')).toMatchObject({ dueDate: '2020-03-02' });
  });
});
