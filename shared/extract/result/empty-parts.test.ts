import { describe, expect, it } from 'vitest';
import { extractFromText } from '../index';

// A team's notes template kept beside its notes: a placeholder date, a bullet with nothing after it and
// headed parts left empty. Notes written from it fill the date in, and may leave a part empty.
describe('a notes template with empty parts under a placeholder date', () => {
  const template = ['# ember-a11y Meeting Notes - YYYY-MM-DD', '', '## Attendees', '* ', '', '## Actions', '', '## Discussion Notes'].join('\n');

  it('is a template, not minutes', () => {
    const d = extractFromText(template);
    expect(d.isMinutes).toBe(false);
    expect(d.reason).toMatch(/template/);
  });

  it('notes written from it, their date filled in and a part left empty, are minutes', () => {
    const notes = ['# ember-a11y Meeting Notes - 2019-05-02', '', '## Attendees', '* Melanie Sumner', '* Jamie White', '* Ben Demboski', '', '## Actions', '* Jamie to update the guide for the router focus.', '* We agreed to publish the audit results next week.', '', '## Discussion Notes'].join('\n');
    expect(extractFromText(notes).isMinutes).toBe(true);
  });
});
