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
});
