import { describe, expect, it } from 'vitest';
import { extractFromText } from '../index';

/** Notes kept under an "## Agenda" heading: the items give tasks to people by name, as an agenda sent before the meeting does not. */
describe('an agenda heading over tasks given by name', () => {
  const notes = (items: string[]) =>
    [
      '# 2022-06-08 Community Meeting',
      '',
      '- Time: 8pm UTC',
      '',
      '**Present:** Melissa, Tyler, Pamphile, Maureen',
      '',
      '## Agenda',
      '',
      ...items,
    ].join('\n');

  it('is the meeting’s record', () => {
    const d = extractFromText(
      notes([
        '- Doctests: NumPy imports',
        '    - Pamphile will send a message to the mailing list',
        '- Wiki update',
        '    - Melissa to go through the documents at the wiki',
      ]),
    );
    expect(d.isMinutes).toBe(true);
    expect(d.decisions.map((x) => x.text)).toEqual(expect.arrayContaining(['Pamphile will send a message to the mailing list']));
  });

  it('is still an agenda where the items give no one a task', () => {
    const d = extractFromText(notes(['- Doctests: NumPy imports', '- Wiki update', '- Slack invitations']));
    expect(d.isMinutes).toBe(false);
  });
});
