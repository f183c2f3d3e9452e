import { describe, expect, it } from 'vitest';
import { extractFromText } from '../index';

const record = (business: string) =>
  `MINUTES\n\nTHE HOUSING AUTHORITY OF THE CITY OF ROANOKE\nThe Board of Commissioner's Regular Meeting\n\nSeptember 14, 2023\n\nCommissioners Present: Paula Lambert, Sarah Nunn, Alton Joiner, and Scot Thomason\n\nAPPROVAL OF THE AGENDA\n\n${business}\n`;

describe('one motion told in the chair’s words and the mover’s', () => {
  it('is one decision, the motion as printed', () => {
    const d = extractFromText(record('Chairperson Lambert asked if there were any changes to the Agenda. There were no changes. Chairperson Lambert asked for a motion to approve the Agenda. Commissioner Thomason moved that the Agenda be approved. Commissioner Joiner seconded the said motion and all members voted aye. Chairperson Lambert declared the Agenda approved.'));
    expect(d.decisions.map((x) => x.text)).toEqual(['Commissioner Thomason moved that the Agenda be approved.']);
  });
  it('keeps the chair’s declaration where no motion is told', () => {
    const d = extractFromText(record('The members voted aye. Chairperson Lambert declared the Agenda approved.'));
    expect(d.decisions.map((x) => x.text)).toContain('Chairperson Lambert declared the Agenda approved.');
  });
});

describe('a body’s name in capitals with its place named by kind', () => {
  it('is the issuer ("THE HOUSING AUTHORITY OF THE CITY OF ROANOKE")', () => {
    expect(extractFromText(record('Commissioner Thomason moved that the Agenda be approved. Motion carried.')).issuer).toBe('THE HOUSING AUTHORITY OF THE CITY OF ROANOKE');
  });
});

describe('a motion, its seconding in words of its own, then "The motion passed"', () => {
  it('is the motion alone, not the seconding', () => {
    const d = extractFromText(record('Mrs. Mott made a motion to approve the minutes. Mr. Lange made a second to the motion. The motion passed by unanimous vote.'));
    expect(d.decisions.map((x) => x.text)).toEqual(['Mrs. Mott made a motion to approve the minutes.']);
  });
});

describe('the minutes passed, said with their date', () => {
  it('is a decision ("Minutes of November 6, 2003, passed as distributed.")', () => {
    const d = extractFromText('Faculty Senate Minutes\n\nNovember 20, 2003\n\nSenators Absent: Rik Berry, Roland Buck.\n\nMinutes: Minutes of November 6, 2003, passed as distributed.\n\nNew Business: Senator Jerde presented the following amendment.\n');
    expect(d.decisions.map((x) => x.text)).toContain('Minutes: Minutes of November 6, 2003, passed as distributed.');
  });
});
