import { describe, expect, it } from 'vitest';
import { extractFromText } from '../index';

// An AGM's business as its notice prints it, no heading above: items put "if thought fit".
const items = [
  '1. Welcome and introduction from the Chair, Ann Lowe.',
  '2. To receive and consider the audited accounts for the year ended 30 September 2006.',
  '3. To reappoint Lowe & Co, chartered accountants, as auditors.',
  '4. To consider and, if thought fit, to pass the following resolutions:',
  'a) That Dr Bo Tran be elected President for 2008-09.',
  'b) That the 2008 Annual General Meeting be held in Leeds on Thursday 1 May 2008.',
  '5. Any Other Business',
];

describe('business put to a meeting "if thought fit"', () => {
  it('is a notice of the meeting, not its record', () => {
    const d = extractFromText(items.join('\n'));
    expect(d.isMinutes).toBe(false);
    expect(d.reason).toMatch(/notice/);
  });
  it('a record that says the resolutions were passed stays a record', () => {
    const d = extractFromText(['Minutes of the Annual General Meeting held on 3 May 2007', '', 'Present: Ann Lowe (Chair), Bo Tran, Cy Webb', '', ...items.slice(0, 6), 'Both resolutions were passed unanimously.'].join('\n'));
    expect(d.isMinutes).toBe(true);
  });
});
