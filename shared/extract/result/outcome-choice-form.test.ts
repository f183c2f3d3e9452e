import { describe, expect, it } from 'vitest';
import { extractFromText } from '../index';

// A form for a secretary to fill in prints each motion's outcome as a choice and its mover as a blank.
describe('a minutes form with each outcome left to choose', () => {
  const form = [
    'MINUTES OF THE EXTENSION COUNCIL OF COUNTY Date : Place: List items by the agenda',
    'Approve agenda---motion made and seconded by----motion passed/or failed',
    'Approve Notes from last Meeting---need motion to approve motion made and seconded by----motion passed/or failed',
    'Treasurers report…after report, need motion to approve report and pay the bills motion made and seconded by----motion passed/or failed',
    'Committee reports motion made (to accept report) and seconded by----motion passed/or failed',
    'Adjourn the meeting motion made and seconded by----motion passed/or failed',
  ].join(' ');

  it('is a template, not minutes', () => {
    const d = extractFromText(form);
    expect(d.isMinutes).toBe(false);
    expect(d.reason).toMatch(/template/);
  });

  it('is minutes where the outcomes are recorded', () => {
    const filled = form.replace(/seconded by----motion passed\/or failed/g, 'seconded by Jan Smith. Motion passed.').replace('Date : Place:', 'Date: March 3, 2012 Place: Extension Center. Present: Ann Lee, Bob Hart, Carl Diaz.');
    expect(extractFromText(filled).isMinutes).toBe(true);
  });
});
