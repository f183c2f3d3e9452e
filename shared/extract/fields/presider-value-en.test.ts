import { describe, expect, it } from 'vitest';
import { extractFromText } from '../index';
import { presiderValueEn } from './presider-value-en';

describe('an English presider cleaned to its name', () => {
  it.each([
    ['Call to Reeve Lamb', 'Lamb'],
    ['After Mr. Morse', 'Morse'],
    ['Assistant Fire Chief Brian', 'Brian'],
    ['Simon Davies: unanimously', 'Simon Davies'],
    ['* Benjamin - elected', 'Benjamin'],
    ['Rector The', 'Rector'],
    ['Steve Roessler Roessler', 'Steve Roessler'],
    ['pchampin', 'pchampin'],
    ['xxx', 'xxx'],
    ['Assembly Chairman Dick Traini', 'Dick Traini'],
    ['Village Board President Ann Lee', 'Ann Lee'],
  ])('%s → %s', (value, name) => {
    expect(presiderValueEn(value)).toBe(name);
  });
  it.each([['Vice-Mayor'], ['Pro Tem'], ['Vice-Chairman'], ['Attendance'], ['There'], ['A'], ['Recording Secretary Betty Laur'], ['Clerk Buiter'], ['Town Clerk Ann Lee']])('%s names no chair', (value) => {
    expect(presiderValueEn(value)).toBeNull();
  });
});

describe('the presider a record yields', () => {
  it('is the name, not the words of a sentence run into it', () => {
    const record = ['Minutes of the Housing Authority', 'January 10, 1995', 'After Mr. Morse called the meeting to order, Mr. Worth made a statement.', 'Present: Paul Morse, Ann Worth, Bo Tran', 'It was moved and seconded that the budget be approved. Motion carried.'].join('\n');
    expect(extractFromText(record).presider).toBe('Morse');
  });
});
