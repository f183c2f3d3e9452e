import { describe, expect, it } from 'vitest';
import { extractFromText } from '../index';

const body = [
  'It is with a heavy heart that we write to tell you of the decision of the board to disband the group.',
  'Given these reasons, we have decided that effective March 1, 2019, the group will cease all operations.',
  'The remaining funds will be divided among the four classes.',
];

describe('an English letter to members, told by whom it is written to or how it closes', () => {
  it('refuses a letter addressed "To Parents, Staff and Community,"', () => {
    const d = extractFromText(['February 18, 2019', 'Goodbye and Thank You from the PTSO', 'To Parents, Staff and CHS Community,', ...body, 'Sincerely,', 'Robin Wirbal, PTSO President'].join('\n'));
    expect(d.isMinutes).toBe(false);
  });

  it('refuses a letter known only by its close ("Kind regards,")', () => {
    const d = extractFromText(['February 18, 2019', 'News from the PTSO board', ...body, 'Kind regards,', 'Robin Wirbal, PTSO President'].join('\n'));
    expect(d.isMinutes).toBe(false);
  });

  it('still reads minutes a secretary closes with "Respectfully submitted,"', () => {
    const d = extractFromText(['PTSO Board Meeting Minutes', 'February 18, 2019', 'Present: Robin Wirbal, Rebecca Bliss, Nicholeen McDonough', 'The minutes of the January meeting were approved.', 'Motion to disband the group was carried.', 'Respectfully submitted,', 'Rebecca Bliss, Secretary'].join('\n'));
    expect(d.isMinutes).toBe(true);
  });
});

describe('a letter opening with a greeting word before whom it is written to', () => {
  it('refuses "Aloha, Staff and Parents of Hale Kula Elementary School,"', () => {
    const d = extractFromText(['Hale Kula PTO', 'April 24, 2015', 'Aloha, Staff and Parents of Hale Kula Elementary School,', 'After a meeting with the PTO Board yesterday, a motion was made and approved by the Board members present to dissolve the PTO effective June 30, 2015.', 'We appreciate all of the support from the PTO this past year.'].join('\n'));
    expect(d.isMinutes).toBe(false);
  });
});
