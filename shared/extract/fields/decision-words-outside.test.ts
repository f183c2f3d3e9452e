import { describe, expect, it } from 'vitest';
import { extractFromText } from '../index';
import { decisionWordsOutside } from './decision-words-outside';

describe('outcome words outside the part read as decisions', () => {
  it.each([
    'Agreed to use label "Review - Committee" for RFCs',
    'Agreement to take the following out of experimental',
    'Moved: J. Wade   Seconded: B. Wells   Result: Passed',
    'The motion was carried.',
    'Sam was elected treasurer.',
    // A deferral is an outcome too: the meeting decided to put the matter off.
    'Defer discussion of the roles to the next meeting',
    'The bylaw review was postponed to May.',
  ])('finds them in %s', (text) => expect(decisionWordsOutside([{ text }])).toBe(true));

  it.each(['Reviewed the budget draft', 'Next meeting on 4 May', 'Discussion on the new website; Sam to circulate notes'])(
    'finds none in %s',
    (text) => expect(decisionWordsOutside([{ text }])).toBe(false),
  );

  const record = (notes: string) =>
    `# RFC Meeting - June 10, 2019\n\n## Attendees\n\n* Steve Lee\n* Dongbo Wang\n\n## Action Items\n\n* Joey: ping Charu about the tests\n* Steve: re-rev the gallery RFC\n\n## Notes\n\n${notes}\n`;

  it('makes a decisions list a reading when the notes beside it say something was agreed', () => {
    const d = extractFromText(record('* Experimental features\n  * Agreed to take the temp drive out of experimental\n* Reviewed the Test-Connection RFC'));
    expect(d.decisions.length).toBeGreaterThan(0);
    expect(d.fields.decisions?.confidence).toBeLessThanOrEqual(0.8);
  });

  it('leaves the list sure when the notes beside it decide nothing', () => {
    const d = extractFromText(record('* Experimental features\n  * Still waiting on feedback about the temp drive\n* Reviewed the Test-Connection RFC'));
    expect(d.decisions.length).toBeGreaterThan(0);
    expect(d.fields.decisions?.confidence).toBeGreaterThanOrEqual(0.9);
  });
});
