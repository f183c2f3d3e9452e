import { describe, expect, it } from 'vitest';
import { extractFromText } from '../index';
import { tasksUnread } from './decision-doubt';

const notes = (assignments: string) =>
  [
    '# Meeting Minutes – October 18, 2025',
    '## Task Assignments and Updates',
    assignments,
    '## Action Items',
    '- Continue refining your data flows for accuracy and completeness.',
    '- Regularly check the rolling schedule to stay on track.',
    '- Stay focused on completing your assigned areas.',
  ].join('\n');

describe('tasks given by name outside the decisions read', () => {
  it('make the list a reading to check', () => {
    const d = extractFromText(notes('- **Thoms** will lead the prototyping efforts.\n- **Thom** will create a visual asset for review.'));
    expect(d.decisions.length).toBeGreaterThan(0);
    expect(d.fields.decisions?.confidence).toBeLessThan(0.9);
  });

  it('leave a list that reads every one sure', () => {
    const d = extractFromText(notes('- The prototype was shown to the group.\n- The data flow diagram is half done.'));
    expect(d.fields.decisions?.confidence).toBeGreaterThanOrEqual(0.9);
  });

  it('count only lines no decision covers', () => {
    const lines = [{ start: 0, end: 40, text: '- Ann to book the hall for the June fair' }];
    expect(tasksUnread([], lines)).toBe(true);
    expect(tasksUnread([{ start: 2, end: 40 }], lines)).toBe(false);
  });
});
