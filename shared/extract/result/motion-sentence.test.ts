import { describe, expect, it } from 'vitest';
import { extractFromText } from '../index';

const record = (...body: string[]) => ['MINUTES OF THE FULL BOARD MEETING MONDAY 13th MAY 2019', 'PRESENT: Mr Barker (Ch), Mr Cowling, Mr Reed', ...body].join('\n');

describe('a motion told as a sentence keeps its sentence', () => {
  it('from its mover, when the seconder stands between the mover and the verb', () => {
    const d = extractFromText(record('Approval of Minutes', 'Vice-Chairman Kennedy, seconded by Commissioner Pertalion, moved to approve the June 15, 2021, regular meeting minutes as presented.', 'VOTE:  Aye-4 Nay-0'));
    expect(d.decisions.map((x) => x.text)).toEqual(['Vice-Chairman Kennedy, seconded by Commissioner Pertalion, moved to approve the June 15, 2021, regular meeting minutes as presented.']);
  });

  it('from "It was PROPOSED", not from the "RESOLVED that" inside it, after its item number', () => {
    const d = extractFromText(record('52 Minutes of the previous Full Board Meeting', '52.1 It was PROPOSED by MR COWLING and SECONDED by MR BARKER and UNANIMOUSLY RESOLVED that the minutes of the previous meeting be adopted as a true record.'));
    expect(d.decisions[0].text).toMatch(/^It was PROPOSED by MR COWLING and SECONDED by MR BARKER and UNANIMOUSLY RESOLVED that the minutes/);
  });

  it('leaves a block whose mover stands under a label', () => {
    const d = extractFromText(record('Moved: A. Smith  Seconded: B. Jones  That the minutes of the previous meeting be adopted. CARRIED'));
    expect(d.decisions.every((x) => !x.text.startsWith('Moved:'))).toBe(true);
  });
});
