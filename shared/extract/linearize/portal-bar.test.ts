import { describe, expect, it } from 'vitest';
import { extractFromText } from '../index';
import { linesFromText } from './lines';
import { splitPortalBar } from './portal-bar';

const scanned =
  'Loading...\nHomeMy WebLinkAbout190212 OPEN MinutesBOARD OF COUNTY COMMISSIONERS OF WASHINGTON COUNTY, MARYLAND Open Session Minutes February 12, 2019';

describe('a records portal’s name for the file run into the document', () => {
  it('stands apart from the text it runs into, offsets kept', () => {
    const lines = linesFromText(scanned).lines.flatMap(splitPortalBar);
    expect(lines.map((l) => l.text)).toEqual(['Loading...', 'HomeMy WebLinkAbout190212 OPEN Minutes', 'BOARD OF COUNTY COMMISSIONERS OF WASHINGTON COUNTY, MARYLAND Open Session Minutes February 12, 2019']);
    for (const l of lines) expect(scanned.slice(l.start, l.end)).toBe(l.text);
  });

  it('leaves whole a line where nothing runs on after the name, where one word does, or where no portal’s bar opens it', () => {
    const line = (text: string) => ({ text, start: 0, end: text.length, gapBefore: false });
    expect(splitPortalBar(line('HomeMy WebLinkAbout2011-10-18 Town Council Minutes'))).toHaveLength(1);
    expect(splitPortalBar(line('HomeMy WebLinkAboutMINUTES Tree Board 2013-07-18RECORD'))).toHaveLength(1);
    expect(splitPortalBar(line('Minutes of the Board MeetingThe Board met'))).toHaveLength(1);
  });

  it('gives way to the heading the document prints itself, and stays the title where there is none', () => {
    const own = extractFromText(
      'HomeMy WebLinkAbout2023-05-10 Conservation Commission Minutes Page 1 of 8\nApproved 06/28/2023\nNorth Andover Conservation Commission Meeting Minutes\nMay 10, 2023\nMembers Present: Sean F. McDonough, Joseph W. Lynch, Louis A. Napoli\nThe meeting was called to order at 7:00 p.m.\nA motion to approve the minutes of April 26, 2023 was made by Mr. Lynch, seconded by Mr. Napoli. Vote 3-0 in favor.',
    );
    expect(own.title).toBe('North Andover Conservation Commission Meeting Minutes');
    // The name's line may hold the heading's first words: the heading below it is a reading to check.
    expect(own.fields.title?.confidence).toBeLessThan(0.9);
    const none = extractFromText(
      'HomeMy WebLinkAbout2011-10-18 Town Council Minutes\nThe regular meeting of the Vail Town Council was called to order at 4:30 P.M. on October 18, 2011.\nMembers present: Dick Cleveland, Mayor; Kevin Foley; Susie Tjossem\nA motion to approve the consent agenda was made by Foley, seconded by Tjossem. Motion passed 3-0.',
    );
    expect(none.title).toBe('2011-10-18 Town Council Minutes');
  });

  it('names no body where it only says what kind of body the file is from ("… approved Fire District Minutes")', () => {
    const got = extractFromText(
      'Loading...\nHomeMy WebLinkAboutOctober 9, 2023 approved Fire District MinutesBoard of Commissioners Organizational Meeting Minutes October 9th,2023 Meeting called to order at 18:30 hours by G.Hollister,Commissioner. Opening Remarks: J.Mathews sent a correspondence via email stating his absence. Motion by Smith, seconded by Jones, to approve the minutes. Carried.',
    );
    expect(got.issuer).toBeNull();
  });
});
