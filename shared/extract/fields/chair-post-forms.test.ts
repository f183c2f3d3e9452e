import { describe, expect, it } from 'vitest';
import { extractFromText } from '../index';

const record = (roll: string) => ['Committee Meeting Minutes', '11th December 2024', roll, '1. The minutes of the last meeting were approved.'].join('\n');

describe('the chair marked among the people present', () => {
  it('reads "Name, Chair (SB)": the initials after the post are the person\'s', () => {
    const d = extractFromText(record('Present: Simon Brooke, Chair (SB); George Makins, Treasurer (GM); Ann Lee (AL)'));
    expect(d.presider).toBe('Simon Brooke');
    expect(d.attendees).toEqual(['Simon Brooke', 'George Makins', 'Ann Lee']);
  });

  it('reads a chair named with another post in one bracket ("President / Chair")', () => {
    expect(extractFromText(record('In attendance: Paul Nelson (President / Chair), Maurice Mira, Tom Ng')).presider).toBe('Paul Nelson');
  });

  it('does not take a vice-chair after a slash for the chair', () => {
    expect(extractFromText(record('In attendance: Paul Nelson (President/Vice Chair), Maurice Mira, Tom Ng')).presider).toBeNull();
  });
});
