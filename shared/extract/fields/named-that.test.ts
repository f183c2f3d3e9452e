import { describe, expect, it } from 'vitest';
import { extractFromText } from '../index';
import { isNamedThat } from './named-that';

describe('a resolution led by its mover\'s name alone', () => {
  it('"002-16 Councillor Currie that … Carried": each voted line is a decision, its vote left out', () => {
    const d = extractFromText(
      [
        'Minutes from Regular Council Meeting January 19th, 2016',
        'PRESENT: Mayor Hale, Councillors Price, Dunn and Ward',
        '001-16 A quorum being present, Mayor Hale called the meeting to order at 7:05 PM.',
        '002-16 Councillor Price that the agenda be accepted as presented with the following additions: Ditch Stakes Carried',
        '003-16 Councillor Dunn that correspondence be accepted as presented and filed. Carried',
      ].join('\n'),
    );
    expect(d.decisions.map((x) => x.text)).toEqual([
      '002-16 Councillor Price that the agenda be accepted as presented with the following additions: Ditch Stakes',
      '003-16 Councillor Dunn that correspondence be accepted as presented and filed.',
    ]);
  });

  it('"2. MINUTES BENKE – That …" with its vote on the next line', () => {
    const d = extractFromText(
      [
        'A regular meeting of the Council of the Rural Municipality was held on October 20, 2020.',
        '1. PRESENT – Reeve Lyle Pearce, Administrator Lora Bent and Councillors Ray Dunn and Levi Scott',
        '2. MINUTES SCOTT – That the minutes of the September 15, 2020, Regular Council Meeting be approved as presented.',
        'CARRIED.',
        '3. ACCTS. DUNN – That we approve the payments as listed on the attached account listing. CARRIED.',
      ].join('\n'),
    );
    expect(d.decisions.map((x) => x.text)).toEqual([
      'MINUTES SCOTT – That the minutes of the September 15, 2020, Regular Council Meeting be approved as presented.',
      'ACCTS. DUNN – That we approve the payments as listed on the attached account listing.',
    ]);
  });

  it('with no vote recorded the line is no motion of this kind', () => {
    const d = extractFromText(
      [
        'Minutes from Regular Council Meeting January 19th, 2016',
        'PRESENT: Mayor Hale, Councillors Price, Dunn and Ward',
        '004-16 Councillor Price that the dog bylaw be reviewed next spring',
      ].join('\n'),
    );
    expect(d.decisions.some((x) => x.text.includes('dog bylaw'))).toBe(false);
  });

  it('a sentence or a labelled formula is not read as a name before "that"', () => {
    expect(isNamedThat('The Board agreed that the fees stay. Carried')).toBe(false);
    expect(isNamedThat('Resolved that the fees stay. Carried')).toBe(false);
    expect(isNamedThat('Moved that the fees stay. Carried')).toBe(false);
    expect(isNamedThat('Councillor Dunn that the fees stay. Carried')).toBe(true);
  });
});

describe('a lead in capitals that tells something', () => {
  it('"NOTICE IS HEREBY GIVEN that …" is no mover\'s name', () => {
    expect(isNamedThat('NOTICE IS HEREBY GIVEN that at a regular meeting the Town Board adopted a resolution. Carried')).toBe(false);
  });
});

describe('how sure the reading is', () => {
  it('a mover\'s name alone before "that" is a looser form than a labelled block: decisions stay under 0.9', () => {
    const d = extractFromText(
      [
        'Minutes from Regular Council Meeting January 19th, 2016',
        'PRESENT: Mayor Hale, Councillors Price, Dunn and Ward',
        '002-16 Councillor Price that the agenda be accepted as presented. Carried',
        '003-16 Councillor Dunn that correspondence be accepted as presented and filed. Carried',
        '004-16 Councillor Ward that the accounts for December be paid as listed. Carried',
      ].join('\n'),
    );
    expect(d.decisions).toHaveLength(3);
    expect(d.fields.decisions?.confidence).toBeLessThan(0.9);
  });
});
