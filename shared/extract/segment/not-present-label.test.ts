import { describe, expect, it } from 'vitest';
import { extractFromText } from '../index';
import { parseLabel } from './labels';

describe('an attendance phrase denied: "Not Present:"', () => {
  it('reads the label as the absent’s, however many words lead it', () => {
    for (const label of ['Not Present', 'Members Not Present', 'Members not in attendance', 'Members not attending']) {
      expect(parseLabel(`${label}: Felicia Owens; Sara Decaro`)?.kind).toBe('absence');
    }
    expect(parseLabel('Members Present: Joanna Black')?.kind).toBe('attendance');
  });

  it('leaves the absent out of the attendees', () => {
    const d = extractFromText(
      ['Steering Committee Meeting, 2019-09-30', '', 'Present: Joanna Black; Samantha Brown; Holly Croft', '', 'Not Present: Felicia Owens; Sara Decaro', '', '1. Housekeeping', 'It was agreed to use Doodle for October.'].join('\n'),
    );
    expect(d.attendees).toEqual(['Joanna Black', 'Samantha Brown', 'Holly Croft']);
  });
});
