import { describe, expect, it } from 'vitest';
import { extractFromText } from '../index';
import { linesFromText } from '../linearize/lines';
import { segment } from '../segment/segment';
import { partlyTickedRoll, withoutUnticked } from './ticked-roll';

const seg = (text: string) => segment(linesFromText(text));

const page = (roll: string[]) =>
  ['# Team Meeting 5', '', 'Thursday February 06, 2025', '', '## Attendance', ...roll, '', '## Agenda', '- [x] Go over the progress report.', '', '## Meeting Notes', '- Downloaded the report template.'].join('\n');

describe('a roll kept as a task list', () => {
  it('counts the ticked names and leaves out the unticked', () => {
    const d = extractFromText(page(['- [x] Sahil Dadhwal', '- [x] Jordan Penner', '- [X] Manami Nakagawa', '- [ ] Haochen Dong']));
    expect(d.isMinutes).toBe(true);
    expect(d.attendees).toEqual(['Sahil Dadhwal', 'Jordan Penner', 'Manami Nakagawa']);
  });

  it('keeps a list ticked throughout, or not at all, whole', () => {
    for (const box of ['[x]', '[ ]']) {
      const lines = withoutUnticked(seg(['## Attending', `- ${box} Ann Lee`, `- ${box} Bo Chen`, `- ${box} Cy Diaz`].join('\n'))).lines;
      expect(lines.map((l) => l.text)).toHaveLength(4);
    }
  });

  it('reads past a table of contents naming the roll’s heading', () => {
    const text = ['# Team Meeting 5', '[Attendance](#attendance)', '[Notes](#notes)', '', 'Thursday February 06, 2025', '## Attendance', '- [x] Ann Lee', '- [x] Bo Chen', '- [ ] Cy Diaz', '## Notes', '- We agreed to meet weekly.'].join('\n');
    expect(extractFromText(text).attendees).toEqual(['Ann Lee', 'Bo Chen']);
  });

  it('is a roll answered at the meeting only where some of three names are ticked and some not', () => {
    const lines = (xs: string[]) => seg(xs.join('\n')).lines;
    expect(partlyTickedRoll(lines(['- [x] Ann Lee', '- [x] Bo Chen', '- [ ] Cy Diaz']))).toBe(true);
    expect(partlyTickedRoll(lines(['- [ ] Ann Lee', '- [ ] Bo Chen', '- [ ] Cy Diaz']))).toBe(false);
    expect(partlyTickedRoll(lines(['- [x] Ann Lee', '- [ ] Bo Chen']))).toBe(false);
    // Tasks, not names: a task list half done is no roll.
    expect(partlyTickedRoll(lines(['- [x] Send the letter to the council', '- [ ] Book the hall for June', '- [ ] Ask Ann about the budget']))).toBe(false);
  });
});
