import { describe, expect, it } from 'vitest';
import { extractFromText } from '../index';

// A web supplier's demonstration page: made-up minutes for a body named as the example it is.
const page = (title: string) =>
  [
    title,
    'Parish Council Meeting Minutes',
    'Date: April 18, 2024',
    'Location: Village Hall',
    '1. Opening Remarks (Chairperson):',
    'Mr. John Smith called the meeting to order at 7:00 PM and welcomed all attendees.',
    '2. Approval of Previous Minutes:',
    'The minutes of the previous meeting were reviewed. Mrs. Sarah Brown proposed their approval, seconded by Mr. David Wilson. The motion was unanimously carried.',
    '3. Planning Applications:',
    'The council unanimously approved the application after a brief discussion.',
  ].join('\n');

describe('example minutes', () => {
  it('are a template page, not a record', () => {
    const d = extractFromText(page('Example Parish Council Minutes'));
    expect(d.isMinutes).toBe(false);
    expect(d.reason).toMatch(/template/);
  });
  it('leaves the same record under its body’s own name', () => {
    expect(extractFromText(page('Eastby Parish Council Minutes')).isMinutes).toBe(true);
  });
});
