import { describe, expect, it } from 'vitest';
import { extractFromText } from '../index';

// A review of open actions prints each earlier action, then how it stands alone on the line below.
const ACTIONS = ['Mike to provide a better proposal for the markup.', 'Scott will investigate places where', 'Action: Bob to identify the elements that need forms.', 'Norm to publish the flattened version of the DTD.'];
const STATES = ['Completed.', 'Continued.', 'Done', 'Ongoing.', 'Deferred.'];

// How the action line is set: plain, bulleted, lettered in a plain-text mail archive's quote.
const LAYOUTS = [(a: string) => [a, 'in more places.'], (a: string) => [`* ${a}`, '  in more places.'], (a: string) => [`|     c. ${a}`, '|        in more places.']];

const doc = (action: string, state: string, layout = 0) =>
  ['Technical Committee meeting', '14 July 2004', 'Present: Norm Walsh, Bob Stayton, Mike Smith', '', 'The minutes of the last meeting were accepted.', '', 'Review of open action items', '', ...LAYOUTS[layout](action), '', state, '', 'ACTION: Larry to write up a summary of the tools.', '', 'Adjourned.'].join('\n');

describe('an action with its status alone below it', () => {
  for (const [layout, action] of ACTIONS.flatMap((a) => LAYOUTS.map((_, k) => [k, a] as const))) {
    it.each(STATES)(`${action} (layout ${layout}) / %s is reviewed, not given`, (state) => {
      const got = extractFromText(doc(action, state, layout)).decisions.map((d) => d.text);
      expect(got.some((t) => t.includes(action.slice(0, 20)))).toBe(false);
      expect(got.some((t) => t.startsWith('ACTION: Larry to write up'))).toBe(true);
    });
  }
  it('an action with an ordinary line below it is given', () => {
    for (const layout of LAYOUTS.keys()) {
      const got = extractFromText(doc('Mike to provide a better proposal for the markup', 'Bob asked about the schedule.', layout)).decisions.map((d) => d.text);
      expect(got.some((t) => t.includes('Mike to provide'))).toBe(true);
    }
  });
});
