import { describe, expect, it } from 'vitest';
import { extractFromText } from '../index';

// A task told with "is to": "Mel is to hand over all the paperwork", "CJ is to email Georgina".
describe('"X is to …" gives X a task', () => {
  const page = (line: string) =>
    ['Committee Meeting Minutes', 'Date: 12 March 2014', 'Present: Mel Cole, CJ Hart, Ann Poe', '', '1. Handover', line, '', '2. Next meeting', 'The next meeting will be held in April.'].join('\n');
  it('reads the task and its owner', () => {
    const d = extractFromText(page('Mel is to hand over all the paperwork to the new secretary.'));
    expect(d.decisions.map((x) => [x.text, x.assignees])).toEqual([['Mel is to hand over all the paperwork to the new secretary.', ['Mel']]]);
  });
  it('"This is to …" states a purpose, no task', () => {
    const d = extractFromText(page('The intervention will continue until October. This is to finalise the filling of the vacant posts.'));
    expect(d.decisions.some((x) => x.text.startsWith('This is to'))).toBe(false);
  });
});
