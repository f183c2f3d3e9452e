import { describe, expect, it } from 'vitest';
import { extractFromText } from '../index';

describe('an English story dating the meeting from the day it was written', () => {
  it.each([
    'The Minety RFC Annual General Meeting was held last night (11th June) in the club house.',
    'The committee met yesterday in the club house.',
  ])('refuses "%s"', (opening) => {
    const d = extractFromText(['2019 AGM', opening, 'The chairman opened the meeting and thanked those in attendance.', 'The accounts were approved and the committee was re-elected.'].join('\n'));
    expect(d.isMinutes).toBe(false);
    expect(d.isMinutes ? '' : d.reason).toMatch(/last night/);
  });

  it('still reads minutes that name the night of the last meeting further down', () => {
    const d = extractFromText(['Committee Meeting Minutes', '12 June 2019', 'Present: Tom Claxton, Steve Wilson, Andy Grayson', 'The minutes of the meeting held on 10 May were approved.', 'It was agreed to repaint the club house.'].join('\n'));
    expect(d.isMinutes).toBe(true);
  });
});
