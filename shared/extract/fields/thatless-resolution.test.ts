import { describe, expect, it } from 'vitest';
import { extractFromText } from '../index';

// A council's motion printed as one sentence whose resolution has no "that": the seconder's name, then "the minutes … be approved".
const page = (motions: string[]) =>
  ['ROTHESAY COUNCIL', 'OPEN SESSION MINUTES', '17 November 2008', 'PRESENT: Mayor Bill Bishop, Counc. Shea, Counc. Kilfoil, Counc. Cochrane', ...motions].join('\n');

describe('a motion sentence whose resolution has no "that"', () => {
  it('is a decision, read from its mover', () => {
    const d = extractFromText(
      page([
        '1. APPROVAL OF MINUTES',
        'Moved by Councillor Shea and seconded by Deputy Mayor MacDonald the minutes of 15 October 2008 be approved as circulated.',
        'CARRIED.',
        '2. APPROVAL OF AGENDA',
        'MOVED by Counc. Kilfoil and seconded by Counc. Cochrane the agenda be approved as circulated.',
        'CARRIED.',
      ]),
    );
    expect(d.decisions.map((x) => x.text)).toEqual([
      'Moved by Councillor Shea and seconded by Deputy Mayor MacDonald the minutes of 15 October 2008 be approved as circulated.',
      'MOVED by Counc. Kilfoil and seconded by Counc. Cochrane the agenda be approved as circulated.',
    ]);
  });

  it('leaves a mover and seconder line with nothing resolved after it to the block reader', () => {
    const d = extractFromText(page(['1. APPROVAL OF MINUTES', 'Moved by Councillor Shea and seconded by Deputy Mayor MacDonald.', 'That the minutes of 15 October 2008 be approved.', 'CARRIED.']));
    expect(d.decisions.map((x) => x.text)).toEqual(['That the minutes of 15 October 2008 be approved.']);
  });
});
