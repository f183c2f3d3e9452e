import { describe, expect, it } from 'vitest';
import { extractFromText } from '../index';

describe('a roll printed one "Name, Post" a line', () => {
  const roll = [
    'MINUTES',
    'WATAUGA COUNTY BOARD OF COMMISSIONERS',
    'TUESDAY, JULY 20, 2021',
    'The meeting began at 5:31 P.M. The following were present:',
    'PRESENT:                  John Welch, Chairman',
    '                                    Billy Kennedy, Vice-Chairman',
    '                                    Carrington Pertalion, Commissioner',
    'Charlie Wallin, Commissioner',
    'Approval of Minutes',
    'Kennedy moved to approve the minutes as presented. Motion carried.',
  ].join('\n');

  it('reads each line as one person: the post ending a line is not the next name\'s title', () => {
    const d = extractFromText(roll);
    expect(d.attendees).toEqual(['John Welch', 'Billy Kennedy', 'Carrington Pertalion', 'Charlie Wallin']);
    expect(d.presider).toBe('John Welch');
  });

  it('leaves out a row marked absent or resigned, and reads the next row as its own person', () => {
    const d = extractFromText(
      [
        'Cedar Mountain Fire Protection District Governing Board Minutes',
        'October 8, 2016',
        'Board Members Present: Mike Petullo, Chairman',
        'Frank Gagliardi, District Clerk',
        'Brad Robbins, Treasurer - Absent',
        'Chuck Brechler, Member',
        'Jay Wilhelm, Member - (Resigned) (Replacement Pending)',
        'Diane Adams, Member',
        'Motion by Chuck Brechler to approve the minutes, seconded by Diane Adams. Motion carried.',
      ].join('\n'),
    );
    expect(d.attendees).toEqual(['Mike Petullo', 'Frank Gagliardi', 'Chuck Brechler', 'Diane Adams']);
  });
});
