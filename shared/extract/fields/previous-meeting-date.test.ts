import { describe, expect, it } from 'vitest';
import { extractFromText } from '../index';

describe('the previous meeting’s date in the first items', () => {
  it('is not the meeting’s date', () => {
    const text = ['Village Hall Trust Management Committee Meeting - November 2008', '', 'Present: Roger Bragg, Carolyn Cripps, Sue Dunn.', '', '1. Apologies: Steven Oldfield', '', '2. Minutes of the previous Ordinary Meeting held on 16 July 2008 (previously circulated)', 'These were agreed as a correct record.'].join('\n');
    expect(extractFromText(text).meetingDate).not.toBe('2008-07-16');
  });

  it('"the last meeting … on" may be this one, and dates it', () => {
    const text = ['The last meeting of Trustees was via Zoom on 31st August 2021.', '', 'Present: All six trustees were in attendance - Penny McGarry, Simon Jones, Mark Hillman', '', 'Grant Applications: All applications received since the last meeting have been approved by email.'].join('\n');
    expect(extractFromText(text).meetingDate).toBe('2021-08-31');
  });
});
