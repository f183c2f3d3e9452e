import { describe, expect, it } from 'vitest';
import { extractFromText } from '../index';

// A body acting under its own name in the past tense, and a member put back on the roll.
const BODIES = ['Session', 'The Session', 'The Cabinet', 'The Vestry', 'The Elders', 'The Executive', 'The Club', 'The board', 'The committee'];
const ACTS = ['approved the reallocation of the budget to buy a projector.', 'picked Sunday, 14 September for the picnic.', 'chose the blue design for the banner.', 'selected the lower quote for the roof.'];
const CHOSEN = ['Florence Wong has been reactivated as a church member.', 'John Reid was reinstated as a member of the club.'];

const doc = (line: string) => ['Monthly meeting', '3 November 2014', 'Present: Anna Tyler (Chair), Jill Preston, Meg Lock', '', 'Business', 'Anna presented the treasurer’s report.', line, '', 'Meeting closed at 9pm.'].join('\n');

describe('a body acting under its own name', () => {
  for (const body of BODIES) {
    it.each(ACTS)(`${body} %s is a decision`, (act) => {
      const line = `${body} ${act}`;
      expect(extractFromText(doc(line)).decisions.map((x) => x.text)).toContain(line);
    });
  }
  it.each(CHOSEN)('%s is a decision', (line) => {
    expect(extractFromText(doc(line)).decisions.map((x) => x.text)).toContain(line);
  });
  it.each(['The session will pick a date.', 'The Club discussed the banner.'])('%s is none', (line) => {
    expect(extractFromText(doc(line)).decisions.map((x) => x.text)).not.toContain(line);
  });
});
