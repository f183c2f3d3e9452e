import { describe, expect, it } from 'vitest';
import { extractFromText } from '../index';
import { runOnMarkCuts } from './run-on-items';

// A community council's minutes as a document site stores them: one line, minutes numbered 167.0, 167.1,
// 168.0 and points set off by bullets.
const record =
  'CYNGOR CYMUNED GORSLAS COMMUNITY COUNCIL Minutes of the meeting of the Gorslas Community Council held at Gorslas C.P. School on Monday, 13th March, 2017, at 7.00.p.m. 167.0. Agenda Item 1: Record of those Present/Apologies • Members: Cllrs Wyn Edwards (Chair), Huw Davies (Vice Chair), Nia Lewis, Simon Martin and Darren Price • Others: Llew Thomas Clerk to the Council. • Apologies for absence: Cllrs Gavin Griffiths and Ellis Davies. 167.1 Welcome • The Chair welcomed everyone and declared the meeting open at 7.00p.m. 168.0 Agenda Item 2 Declarations of Interest • Cllr T Davies declared a personal but not prejudicial interest in relation to his role as a County Councillor. 169.0 Agenda Item 3. Exclusion of Press and Public. • It was proposed by Cllr Davies and seconded by Cllr C. Green that the press and the public be excluded from discussion relating to item 15 on the agenda.';

describe('a run-on record cut at its bullets and its decimal minute numbers', () => {
  it('cuts before each bullet and each counted minute number', () => {
    const parts = runOnMarkCuts(record).map((i) => record.slice(i + 1, i + 7));
    expect(parts).toEqual(['167.0.', '• Memb', '• Othe', '• Apol', '167.1 ', '• The ', '168.0 ', '• Cllr', '169.0 ', '• It w']);
  });

  it('leaves a sum or a time out of the count, and decimals under items counted 1., 2., 3.', () => {
    expect(runOnMarkCuts('The grant of £1.50 Million was noted at 7.30 The Chair spoke of 2.10 Others and more text here.')).toEqual([]);
    const numbered = 'PROCEEDINGS OF THE FIRST MEETING 1. OPENING: 1.1 The Chairman welcomed representatives and observers to the first meeting of the council. 1.2 The meeting was called to order at 9:00 a.m. 2. ADOPTION OF THE AGENDA 2.1 The agenda was adopted as proposed by the secretariat of the council. 3. INTRODUCTIONS 3.1 Representatives were introduced and their attendance acknowledged.';
    expect(runOnMarkCuts(numbered)).toEqual([]);
  });

  it('reads a run-on line’s first few hundred numbers only, however many it holds', () => {
    const figures = Array.from({ length: 5000 }, (_, k) => ` ${k + 1}.0 Total`).join('');
    const cuts = runOnMarkCuts(`Accounts${figures}`);
    expect(cuts.length).toBe(300);
  });

  it('reads the roll and the motion of the record', () => {
    const d = extractFromText(`Formal Meeting Minutes\n${record}`);
    expect(d.isMinutes).toBe(true);
    expect(d.attendees).toEqual(expect.arrayContaining(['Wyn Edwards', 'Huw Davies', 'Darren Price']));
    expect(d.attendees.some((n) => /Griffiths/.test(n))).toBe(false);
    expect(d.decisions.some((x) => x.text.startsWith('It was proposed by Cllr Davies'))).toBe(true);
  });
});
