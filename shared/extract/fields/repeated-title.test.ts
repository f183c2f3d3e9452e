import { describe, expect, it } from 'vitest';
import { splitRepeatedTitle } from './repeated-title';
import { readEnAttendance } from './people';
import { extractFromText } from '../index';

const person = (part: string) => /\p{Lu}\p{Ll}+$/u.test(part.trim());
const post = (words: string) => /^(?:Clerk|Manager)$/.test(words);

describe('a roll run together, the same title before each name', () => {
  it('reads one person at each title, whatever word the body uses', () => {
    expect(readEnAttendance('Director Patrick Brabazon, Chair Director Merrick Anderson Director Russell Brewer Director CaroleAnn Leishman Alternate Director Terry Hollo')).toMatchObject({
      names: ['Patrick Brabazon', 'Merrick Anderson', 'Russell Brewer', 'CaroleAnn Leishman', 'Terry Hollo'],
      chair: 'Patrick Brabazon',
    });
    expect(readEnAttendance('Ald S L Martin (Mayor) Ald A L Rockliff (Deputy Mayor) Ald C D Emmerton Ald G F Goodwin').names).toEqual(['S L Martin', 'A L Rockliff', 'C D Emmerton', 'G F Goodwin']);
    expect(readEnAttendance('Trustee Ann Lee Trustee Bob Ray Trustee Cy Tam').names).toEqual(['Ann Lee', 'Bob Ray', 'Cy Tam']);
  });

  it('leaves a run alone where the word is printed under three times, or after a small word, or a part is no person', () => {
    expect(splitRepeatedTitle('Director Ann Lee Director Bob Ray', person, post)).toEqual(['Director Ann Lee Director Bob Ray']);
    expect(splitRepeatedTitle('Connétable de St Laurent - Mrs Lee Connétable de St Hélier - Mr Ray Connétable de St Ouën - Mr Tam', person, post)).toHaveLength(1);
    expect(splitRepeatedTitle('Smith Road Smith Lane Smith Close 42', person, post)).toEqual(['Smith Road Smith Lane Smith Close 42']);
  });

  it("parts the last title's person from a post and its holder run on after it", () => {
    expect(readEnAttendance('Reeve Larry McLauchlan Councillor Allan Whyte Councillor Shawn Buchanan Councillor Gordon Evenson Chief Administrative Officer Margaret I. Roncin').names).toEqual([
      'Larry McLauchlan',
      'Allan Whyte',
      'Shawn Buchanan',
      'Gordon Evenson',
      'Margaret I. Roncin',
    ]);
  });

  it('reads the whole roll of a record printed so', () => {
    const d = extractFromText(
      [
        'REGIONAL BOARD',
        'MINUTES – August 23, 2018',
        'Present: Director Patrick Brabazon, Chair Director Merrick Anderson Director Russell Brewer Director Colin Palmer Alternate Director Terry Hollo',
        'Regrets: Director Sandy McCormick',
        '1. CALL TO ORDER Chair Brabazon called the meeting to order at 7:00 p.m.',
        '2. APPROVAL OF AGENDA A. Rebane / M. Anderson THAT the Agenda be approved. MOTION CARRIED UNANIMOUSLY.',
      ].join('\n'),
    );
    expect(d.attendees).toEqual(['Patrick Brabazon', 'Merrick Anderson', 'Russell Brewer', 'Colin Palmer', 'Terry Hollo']);
    expect(d.presider).toBe('Patrick Brabazon');
  });
});
