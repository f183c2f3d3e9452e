import { describe, expect, it } from 'vitest';
import { extractFromText } from '../index';

const confidence = (text: string) => extractFromText(text).fields.attendees?.confidence ?? 0;
const motions = ['Motion by Buysse, second by Hennen to approve the agenda. Motion passed unanimously.', 'Motion by Panka, second by Thostenson, to approve the bills. Motion passed unanimously.'];

describe('a roll read where the page leaves part of it unread', () => {
  it('labels stacked with nothing beside them, the names below: which names go with which label is a guess', () => {
    const page = ['Museum Collection Panel', 'Minutes of Inaugural Meeting held at 10am on 23 November 2011', 'Present:', 'Apologies:', 'In attendance:', 'David Baker, Steve Parker, David Dawson, Steve Minnitt', 'David Hill', 'Chris Sidaway, George Middleton', 'It was agreed that Steve Parker should be appointed Chair of the Panel.'];
    expect(confidence(page.join('\n'))).toBeLessThan(0.8);
    // Each label with its names beside it is a sure list.
    expect(confidence(['Museum Collection Panel', 'Minutes of Inaugural Meeting held at 10am on 23 November 2011', 'Present: David Baker, Steve Parker, David Dawson, Steve Minnitt', 'Apologies: David Hill', 'In attendance: Chris Sidaway, George Middleton', 'It was agreed that Steve Parker should be appointed Chair of the Panel.'].join('\n'))).toBeGreaterThanOrEqual(0.9);
  });

  it('visitors named in a sentence after the roll', () => {
    const roll = ['October 26, 2023 School Board Meeting Minutes', 'A Regular Meeting of the Board of Education was called to order on October 26, 2023.', 'Members present: Jon Buysse, Martin Hennen, Carmen Panka, Tom Skorczewski, Terri Myhre, Ryan Runia, and Abby Thostenson.', 'Members absent: None.', 'Motion by Buysse, second by Hennen to approve the agenda as presented. Motion passed unanimously.'];
    const after = 'Motion by Skorczewski, second by Runia, to approve the minutes. Motion passed unanimously.';
    expect(confidence([...roll, 'The school board welcomed all visitors (Karen Dalager and Tara Skorczewski) to the meeting.', after].join('\n'))).toBeLessThan(0.9);
    expect(confidence([...roll, 'The school board welcomed all visitors to the meeting.', after].join('\n'))).toBeGreaterThanOrEqual(0.9);
  });

  it('staff named after the absentees in a run-on roll', () => {
    const roll = (after: string) => ['Board Minutes - January 14, 2014', 'The Board of Trustees met in regular session on Tuesday, January 14, 2014, at 7:00 pm.', `Present: Trustees: Debbie Newhouse, Bill Johnson, George Blessing, Shelley Lesac; Absent: Mike Gillott${after}`, ...motions].join('\n');
    expect(confidence(roll('; Village Clerk Eileen Murdoch; attending: guests.'))).toBeLessThan(0.9);
    expect(confidence(roll('.'))).toBeGreaterThanOrEqual(0.9);
  });
});
