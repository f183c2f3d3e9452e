import { describe, expect, it } from 'vitest';
import { extractFromText } from '../index';

// A working group's notes kept under an "Agenda" outline: tasks given by name make them the record.
const notes = (task: string) =>
  ['# PackagingWG/2020-12-23-team-meeting', '', 'Wednesday 23 Dec 2020', '', 'Participants:', '', '- Pradyun', '- Sumana', '- Bernard', '', 'Agenda', '', '- Invoices and contracts', '', `  - ${task}`, '', '- UX team', '  - documentation going into the hub', '  - raw data from the surveys'].join('\n');

describe('tasks given by name under an agenda outline', () => {
  it('are outcomes: the notes are minutes', () => {
    const d = extractFromText(notes('TODO: Sumana to send note to Accounting'));
    expect(d.isMinutes).toBe(true);
    expect(d.decisions[0]?.assignees).toEqual(['Sumana']);
  });

  it('leave an agenda whose items assign no one an agenda', () => {
    expect(extractFromText(notes('Review of the accounting contract')).isMinutes).toBe(false);
  });
});
