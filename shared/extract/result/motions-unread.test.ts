import { describe, expect, it } from 'vitest';
import { extractFromText } from '../index';
import { motionsUnread } from './decision-doubt';

// A motion passed that no decision read covers: the list came from elsewhere (an "Action Items" heading over
// notes), so it is a reading to check, not a sure one.
describe('a motion passed outside the decisions read', () => {
  const notes = [
    'Rotaract Meeting - March 10, 2009',
    '',
    'Approval of last minutes: Motion by Kathleen, second by Jose - passed',
    '',
    'Approval of agenda: Motion by Dale, Cheryl second - passed',
    '',
    'Action Items',
    '',
    'Interact charter night: Five members attend. Was a good event to support.',
    '',
    'Open House: Dana and volunteers to set up. If needed, Cheryl and Jose will bartend.',
    '',
    'Drag Wars: Meetings ongoing, Rotaract has little involvement.',
    '',
    'Membership minute: Tyler and Kendra to report for next meeting.',
  ].join('\n');
  it('leaves the decisions a reading to check', () => {
    const d = extractFromText(notes);
    expect(d.decisions.length).toBeGreaterThan(0);
    expect(d.fields.decisions?.confidence ?? 0).toBeLessThan(0.9);
  });
  it('is read only where no decision covers the motion', () => {
    const lines = [{ start: 0, end: 60, text: 'Approval of agenda: Motion by Dale, Cheryl second - passed' }];
    expect(motionsUnread([], lines)).toBe(true);
    expect(motionsUnread([{ start: 10, end: 50 }], lines)).toBe(false);
    expect(motionsUnread([], [{ start: 0, end: 30, text: 'Dale moved to the next item.' }])).toBe(false);
  });
});
