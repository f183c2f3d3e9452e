import { describe, expect, it } from 'vitest';
import { extractFromText } from '../index';

describe('a heading wrapped over lines', () => {
  it('drops the bold marks of each line and of a bold run broken at a space', () => {
    const page = [
      '**MINUTES OF PROCEEDINGS AT MONTHLY MEETING OF THE MUNICIPAL DISTRICT OF**',
      '',
      '**NORTHFIELD HELD IN THE CIVIC OFFICES, MAIN STREET, NORTHFIELD, CO.**',
      '',
      '**LIMERICK ON TUESDAY, 9TH** **JANUARY, 2024 AT 9.30 A.M.**',
      '',
      '**PRESENT IN THE CHAIR:** Councillor Anne Byrne',
      '**MEMBERS PRESENT:** Councillors Tom Hayes, Mary Kelly, John Ryan',
      '1. Adoption of Minutes',
      'On the proposal of Councillor Hayes, seconded by Councillor Kelly, it was agreed to adopt the minutes of the December meeting.',
    ].join('\n');
    expect(extractFromText(page).title).toBe(
      'MINUTES OF PROCEEDINGS AT MONTHLY MEETING OF THE MUNICIPAL DISTRICT OF NORTHFIELD HELD IN THE CIVIC OFFICES, MAIN STREET, NORTHFIELD, CO. LIMERICK ON TUESDAY, 9TH JANUARY, 2024 AT 9.30 A.M.',
    );
  });

  it('ends before a line that is only the date, and before the first item of business', () => {
    const page = [
      'SPECIAL MEETING MINUTES',
      'MAY 12, 2011',
      'CALL TO ORDER.',
      'The City Council met in special session in the Council Chambers and was called to order by Mayor Karen Dunn at 6:00 p.m.',
      'ROLL CALL.',
      'Present: Mayor Karen Dunn and Councilmembers Carl Breen, Robert Howe and Andrew Frank.',
      'Motion was made by Councilmember Howe and seconded by Councilmember Breen to adopt the agenda. The motion was adopted.',
    ].join('\n');
    const d = extractFromText(page);
    expect(d.title).toBe('SPECIAL MEETING MINUTES');
    expect(d.meetingDate).toBe('2011-05-12');
  });
});
