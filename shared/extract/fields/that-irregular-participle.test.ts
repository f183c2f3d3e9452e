import { describe, expect, it } from 'vitest';
import { extractFromText } from '../index';

const resolution = (that: string) =>
  `Minutes of the Regular Meeting of Council, June 5, 2018\nPresent: Mayor Paul Smith, Councillor Robert Case, Councillor Les Fields\nOPENING:\n#166-12-18 H. Moggy – L. Fields\nTHAT the Regular Meeting of the Council be opened at 5:00 p.m.\nCarried\nBY-LAWS:\n#168-12-18 L. Fields – R. Case\n${that}\nCarried\nADJOURNMENT:\n#169-12-18 R. Case – L. Fields\nTHAT the meeting be adjourned at 6:10 p.m.\nCarried\n`;

describe('a resolution "That … be" with a participle not made with -ed', () => {
  it('is a decision', () => {
    for (const that of ['THAT By-law 2018-12 be read a first, second and third time and passed.', 'That the invoice from Eastby Roads be paid.', 'THAT the next meeting be held on July 3, 2018.']) {
      expect(extractFromText(resolution(that)).decisions.map((d) => d.text)).toContain(that);
    }
  });
});
