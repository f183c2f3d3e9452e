import { describe, expect, it } from 'vitest';
import { extractFromText } from '../index';

describe('an agenda with its motions left blank, and a digest told to members', () => {
  it('refuses an agenda whose mover and seconder are left blank to fill in', () => {
    const d = extractFromText(
      [
        'Lions Club of Metung, Business Meeting Agenda',
        'Wednesday 24 September2014, from6.00 pm – 7pm at Metung Yacht Club',
        'CHAIR:President Lion Desma Payne',
        'RECORDER: Secretary Lion Peter Payne',
        '1. / APOLOGIES: Hugh Hunter, Shannon Bennett,',
        '2. / MINUTES OF LAST BUSINESS MEETING Accepted circulated as read & accurate, any discussion?',
        'Business Meeting 23 July 2014 – Chair asks for mover & seconder who was present at mtg',
        'Moved: …………………………. Seconded: ……………………. Carried',
        'Business Meeting 27 August 2014 – Chair asks for mover & seconder who was present at mtg',
        'Moved: …………………………. Seconded: ……………………. Carried',
        '3. / BUSINESS ARISING for previous 2 Business Meeting Minutes',
        '4. / CORRESPONDENCE IN / OUT As per list',
        '6.1 / President’s Report – President Desma',
        '6.5 / Community Bus Report – Lion Peter',
        'Launch Friday 10 October 2014 @ 2.30pm at the Metung Primary School',
      ].join('\n'),
    );
    expect(d.isMinutes).toBe(false);
  });

  it('refuses a digest headed "Information to members following … Board meeting"', () => {
    const d = extractFromText(
      ['SIDMOUTH RUGBY FOOTBALL CLUB LIMITED', 'Information to members following 12 March Board meeting.', 'There were 7 Directors present plus the President.', 'The Board expressed their thanks to Pete for all his hard work.', 'It was agreed to hold the annual dinner in May.'].join('\n'),
    );
    expect(d.isMinutes).toBe(false);
  });

  it('still reads minutes whose motions name mover and seconder', () => {
    const d = extractFromText(['Lions Club Business Meeting Minutes', '24 September 2014', 'Present: Desma Payne, Peter Payne, Hugh Hunter', '1. Minutes of last meeting accepted. Moved: Peter Payne Seconded: Hugh Hunter Carried'].join('\n'));
    expect(d.isMinutes).toBe(true);
  });
});
