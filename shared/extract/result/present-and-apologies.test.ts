import { describe, expect, it } from 'vitest';
import { extractFromText } from '../index';

const notes = (present: string, apologies: string) =>
  ['Hillside and Dale Guide District 9th September 2008', '', 'Welcome', present, apologies, '', 'Reports', 'Membership is slowly increasing and parents are helping.', 'The hall maintenance report has more information.'].join('\n');

describe('a dated record naming who was present and who sent apologies', () => {
  it('is minutes, at a confidence the clerk is asked to check', () => {
    const d = extractFromText(notes('Present—Debbie, Meagan, Nadine, Susan', 'Appologies – Sadie, Michelle'));
    expect(d.isMinutes).toBe(true);
    expect(d.attendees).toEqual(['Debbie', 'Meagan', 'Nadine', 'Susan']);
    expect(d.fields.isMinutes?.confidence).toBeLessThan(0.9);
  });

  it('reads "Members Excused:" over its names as the apologies, and its names as no attendees', () => {
    const agm = [
      'Date: 20/07/2022',
      '',
      'Venue – Online Link',
      '',
      'Members Present:',
      '',
      'Brian Miller, Tony Sammut, Charles Pace, Myra Bonello, Lucy Darmanin',
      '',
      'Members Excused:',
      'Tesmarie Busuttil, Joseph Cutajar',
      '',
      'President’s Report',
      'Mr Brian Miller welcomed all the members present. The club ended the year in a healthy financial situation.',
      'The club is presently hoping to secure the present sponsors for next season.',
    ].join('\n');
    const d = extractFromText(agm);
    expect(d.isMinutes).toBe(true);
    expect(d.attendees).not.toContain('Joseph Cutajar');
  });

  it('is not, where no one is named present', () => {
    expect(extractFromText(notes('Present', 'Apologies')).isMinutes).toBe(false);
  });
});
