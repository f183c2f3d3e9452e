import { describe, expect, it } from 'vitest';
import { nameAbove } from './issuer-wrap';
import { extractFromText } from '../index';

describe('nameAbove', () => {
  it('takes the name wrapped onto the line above a kind of body', () => {
    expect(nameAbove('OF Eastby-Westby', 'Regional Council')).toEqual({ words: 'Eastby-Westby', at: 3 });
    expect(nameAbove('Upper Marsh', 'Parish Council')?.words).toBe('Upper Marsh');
  });
  it('leaves a heading, a date or a sentence above alone', () => {
    expect(nameAbove('MINUTES', 'Regional Council')).toBeNull();
    expect(nameAbove('Ordinary Meeting', 'Town Council')).toBeNull();
    expect(nameAbove('Tuesday 10 May 2022', 'Town Council')).toBeNull();
    expect(nameAbove('Upper Marsh', 'Marsh and District Parish Council')).toBeNull();
  });
});

describe('the issuer wrapped over two header lines', () => {
  it('is the whole name', () => {
    const d = extractFromText(
      'MINUTES\nOF Eastby-Westby\nRegional Council\nOrdinary Council Meeting\nPresent: Cr A Smith, Cr B Jones\n1. Apologies\nRESOLVED that the apologies be accepted. Carried.\n2. Budget\nRESOLVED that the budget be adopted. Carried.',
    );
    expect(d.issuer).toBe('Eastby-Westby Regional Council');
  });
});
