import { describe, expect, it } from 'vitest';
import { extractFromText } from '../index';
import { onlyPersonTasks } from './person-will';

// Notes whose record is work given person by person under each topic, in several layouts:
// bullets, nested bullets, plain lines, names joined by "and" / "&". Each task is a decision.
const HEAD = ['Board meeting minutes', 'Date: 15 September 2021', 'Participants: Max, Trista, Vijay, Audrey, Amobi', ''];
const LISTS: [string, string[], string[]][] = [
  [
    'bullets under topics',
    ['### Elections', '- Vijay will create the elections webpage by Friday', '- Max will send the results to the list', '', '### Workshop', '- Trista will email the helpers from previous workshops', ''],
    ['Vijay will create the elections webpage by Friday', 'Max will send the results to the list', 'Trista will email the helpers from previous workshops'],
  ],
  [
    'nested bullets',
    ['Workshop', '- Registration opens next week', '    - Audrey will assist with registration', '    - Amobi will assist Vijay with the repository', '- Trista & Audrey will email the council', ''],
    ['Audrey will assist with registration', 'Amobi will assist Vijay with the repository', 'Trista & Audrey will email the council'],
  ],
  [
    'plain lines',
    ['Newsletter', 'Meredith and Ashley will draft the spring issue.', 'Peter will contact the printer about the cost.', '', 'Grounds', 'Jordan will speak with the landscaper.', 'Brynn will investigate the drainage quote.', ''],
    ['Meredith and Ashley will draft the spring issue.', 'Peter will contact the printer about the cost.', 'Jordan will speak with the landscaper.', 'Brynn will investigate the drainage quote.'],
  ],
];

describe('a record of tasks given person by person', () => {
  it.each(LISTS)('%s: every task is a decision', (_name, body, tasks) => {
    const got = extractFromText([...HEAD, ...body, 'Meeting adjourned.'].join('\n')).decisions.map((d) => d.text);
    for (const t of tasks) expect(got.some((g) => t.startsWith(g.slice(0, 15)))).toBe(true);
  });
  it('three or more are an action list, one or two alone are plans', () => {
    const line = (n: string) => ({ text: `${n} will send the photos.` });
    expect(onlyPersonTasks([line('Tom'), line('Jill')])).toBe(true);
    expect(onlyPersonTasks([line('Tom'), line('Jill'), line('Anna')])).toBe(false);
  });
});
