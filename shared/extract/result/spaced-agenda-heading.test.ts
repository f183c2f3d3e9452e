import { describe, expect, it } from 'vitest';
import { extractFromText } from '../index';
import { unspaceCaps } from '../text/unspace';

// A scanned agenda whose heading the scan spaced out ("AG E N DA") above a roll call's names, and no outcome.
describe('an agenda heading spaced out letter by letter', () => {
  it.each([
    ['AG E N DA', 'AGENDA'],
    ['A G E N D A', 'AGENDA'],
    ['M I N U T E S', 'MINUTES'],
    ['A B', 'A B'],
    ['Item A B C', 'Item A B C'],
  ])('%s reads as %s', (line, word) => {
    expect(unspaceCaps(line)).toBe(word);
  });

  it('is an agenda, not minutes', () => {
    const page = [
      'MAYOR RON BURTON',
      'AG E N DA',
      'City Council',
      'Regular Meeting',
      'August 27, 2019',
      '8:30 a.m.',
      'I. INVOCATION, PLEDGE & ROLL CALL',
      'Mayor Bartie',
      'Mayor Pro Tem Doucet, Sr.',
      'Councilmember Scott, Jr.',
      'Councilmember Jones',
      'Councilmember Moses',
      'II. PROCLAMATIONS',
      'III. PETITIONS & COMMUNICATIONS',
      'A. Speakers',
      '(1) Reginald Trainer Regarding Cameras On Pleasure Island',
      'B. Presentations',
      '(1) A Presentation By Staff Regarding The July Financial Report',
      'IV. ADJOURNMENT OF MEETING',
    ].join('\n');
    expect(extractFromText(page).isMinutes).toBe(false);
  });
});
