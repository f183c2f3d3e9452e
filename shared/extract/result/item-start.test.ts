import { describe, expect, it } from 'vitest';
import { extractFromText } from '../index';

const head = 'Minutes of the Axe Brue Drainage Board Meeting Held at Cossington Village Hall, Friday 13 June 2014 at 10.30am\nChairman: Mr Jeff Fear\n';

describe("an outcome read from the middle of a numbered item", () => {
  it('is the topic\'s decision, read from the item\'s start', () => {
    const d = extractFromText(
      `${head}1. Declarations of interest: P Thorne: Gold Corner.\n2. Extra ordinary meeting of the Main Board on 27 May 2014 (appended): concern was expressed that the diagram lacks structure. N Stevens advised that it was taken from the organogram. It was agreed not to append the diagram to the minutes at this time.\n3. Budget for 2015: the clerk presented the figures and answered questions from members present. It was agreed to set the rate at 2 per cent.\n`,
    );
    expect(d.decisions.map((x) => x.text.slice(0, 40))).toEqual(['Extra ordinary meeting of the Main Board', 'Budget for 2015: the clerk presented the']);
  });
  it('several outcomes in one item keep their own sentences', () => {
    const d = extractFromText(
      `${head}1. Declarations of interest: none.\n2. Extra ordinary meeting of the Main Board on 27 May 2014 (appended): concern was expressed that the diagram lacks structure. It was agreed not to append the diagram. With one amendment the minutes were signed as a true and correct record.\n3. Budget for 2015: the clerk presented the figures and answered questions. It was agreed to set the rate at 2 per cent.\n`,
    );
    expect(d.decisions.map((x) => x.text.slice(0, 24))).toEqual(['It was agreed not to app', 'With one amendment the m', 'Budget for 2015: the cle']);
  });
});
