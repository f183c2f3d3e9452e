import { describe, expect, it } from 'vitest';
import { extractFromText } from '../index';
import { lateArrivals } from './late-arrivals';

const line = (text: string) => ({ kind: 'text', text }) as Parameters<typeof lateArrivals>[0][number];

describe('those who came in after the roll', () => {
  it('reads the name before "arrived", "entered the meeting", "joined the meeting", a post between commas allowed', () => {
    expect(lateArrivals([line('Joseph Martin, Director. Sarah Gassaway, Chair, arrived at 1:25 P.M.')], [])).toEqual(['Sarah Gassaway']);
    expect(lateArrivals([line('At this time board member Dick Fritzler arrived (6:07 pm).')], [])).toEqual(['Dick Fritzler']);
    expect(lateArrivals([line('Councillor Gail Tucker joined the meeting at 7.40pm.')], [])).toEqual(['Gail Tucker']);
    expect(lateArrivals([line('Evans entered the meeting at 6:13 p.m.')], [])).toEqual(['Evans']);
  });

  it('adds no one already listed, and no post alone', () => {
    expect(lateArrivals([line('Commissioner Suggs arrived at 9:10 a.m.')], ['Jim Suggs'])).toEqual([]);
    expect(lateArrivals([line('The Mayor arrived at 8 pm. Work was carried out.')], [])).toEqual([]);
  });

  it('joins the roll read above, as a reading to check', () => {
    const d = extractFromText(
      [
        'Mormon Trail School Board Special Meeting Minutes, October 8, 2018',
        'Present: Peasley, Funk, Cromer, Smiarowski',
        'President Smiarowski called the meeting to order at 6:00 p.m. Evans entered the meeting at 6:13 p.m.',
        'Motion by Funk, second by Cromer to approve the agenda. Motion carried 5-0.',
      ].join('\n'),
    );
    expect(d.attendees).toEqual(['Peasley', 'Funk', 'Cromer', 'Smiarowski', 'Evans']);
    expect(d.fields.attendees!.confidence).toBeLessThan(0.9);
  });
});
