import { describe, expect, it } from 'vitest';
import { extractFromText } from '../index';

// A standards body's panel notes: an agenda printed above the discussion, two outcomes under "DECISION:".
const notes = (first: string, second: string) =>
  [
    '# 2023-03-09 Governance Panel meeting',
    '',
    '## Attendees',
    'Jonathan, Ethan, Bryan, Karl',
    '',
    '## Agenda',
    '* Schedule next meeting',
    '* Updates to the support team list',
    '* AOB',
    '',
    '## Discussion',
    'Schedule next meeting',
    `* ${first}`,
    '',
    'Update of the support team list',
    `* ${second}`,
  ].join('\n');

describe('outcomes under a decision’s label below an agenda heading', () => {
  it('reads the notes as minutes, with the two decisions', () => {
    const d = extractFromText(notes('DECISION: Thursday, 29 June 2023 at 15:00 UTC', 'DECISION: Approve mention of the panel'));
    expect(d.isMinutes).toBe(true);
    expect(d.decisions.map((x) => x.text)).toEqual(['DECISION: Thursday, 29 June 2023 at 15:00 UTC', 'DECISION: Approve mention of the panel']);
  });

  it('leaves an agenda whose items say what each is for, or leave the decision blank, as an agenda', () => {
    const agenda = (first: string, second: string) =>
      ['# 2023-03-09 Governance Panel meeting', '', '## Agenda', '* Schedule next meeting', '* Updates', '* AOB', '', '## Items', 'Schedule next meeting', `* ${first}`, '', 'Updates', `* ${second}`].join('\n');
    expect(extractFromText(agenda('Action: Approval', 'Action: Information')).isMinutes).toBe(false);
    expect(extractFromText(agenda('Decision: ____', 'Decision: ____')).isMinutes).toBe(false);
    expect(extractFromText(agenda('For decision: the date of the next meeting', 'For decision: the list')).isMinutes).toBe(false);
  });
});
