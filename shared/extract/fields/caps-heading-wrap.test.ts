import { describe, expect, it } from 'vitest';
import { extractFromText } from '../index';

// Notes typed in lower case under headings in capitals: a heading does not run on into the line below.
describe('a heading in capitals over notes in lower case', () => {
  const page = (line: string) =>
    ['LGBT+ Association Meeting', 'Date: 26/04/22', 'ATTENDEES', 'Members', 'Mal', 'Keir', 'Ash', 'AGENDA', 'agm date', 'ball', 'LGBT BALL', line, 'AGM will likely commence sometime in June'].join('\n');
  it('leaves "it was decided …" a sentence of its own, read as the outcome it is', () => {
    const d = extractFromText(page('it was decided during the meeting that a full ball is not feasible this year'));
    expect(d.decisions.map((x) => x.text)).toEqual(['it was decided during the meeting that a full ball is not feasible this year']);
  });
  it('still joins a line broken in lower case to its sentence', () => {
    const d = extractFromText(page('It was decided that the ball would be held in the\nstudent union on 3 June.'));
    expect(d.decisions.map((x) => x.text)).toEqual(['It was decided that the ball would be held in the student union on 3 June.']);
  });
});
