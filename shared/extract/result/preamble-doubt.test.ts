import { describe, expect, it } from 'vitest';
import { extractFromText } from '../index';

// A council's numbered resolutions, each under its mover and seconder and closed by "Carried."
const minutes = (fifth: string[]) =>
  [
    'Minutes of the Regular Meeting of Council of the RM of Eastby held June 11, 2014',
    'Present: Reeve A. Lee, Councillors B. Ray, C. Dee, D. Fox',
    '1. B. Ray – C. Dee',
    'RESOLVED THAT the Agenda be adopted as presented.',
    'Carried.',
    '2. C. Dee – D. Fox',
    'RESOLVED THAT the minutes of the Regular Meeting of May 14, 2014 be adopted as presented.',
    'Carried.',
    '3. D. Fox – B. Ray',
    'RESOLVED THAT the Bank Reconciliation for the period ending May 31st, 2014 be approved as presented.',
    'Carried.',
    '4. B. Ray – D. Fox',
    ...fifth,
    'Carried.',
  ].join('\n');

describe('a resolution under a WHEREAS preamble', () => {
  it('makes the decision list a reading to check (where it opens is where readers differ)', () => {
    const d = extractFromText(
      minutes([
        'WHEREAS the Council feels it is important to preserve the history of the municipality, and;',
        'WHEREAS a quote for restoring the photos of past councils was received;',
        'THEREFORE BE IT RESOLVED THAT we do hereby agree to hire Fulford Photo to restore the photos.',
      ]),
    );
    expect(d.decisions).toHaveLength(4);
    expect(d.fields?.decisions?.confidence).toBeLessThan(0.9);
  });

  it('leaves the same list sure where no resolution has a preamble', () => {
    const d = extractFromText(minutes(['RESOLVED THAT we do hereby agree to hire Fulford Photo to restore the photos.']));
    expect(d.decisions).toHaveLength(4);
    expect(d.fields?.decisions?.confidence).toBeGreaterThanOrEqual(0.9);
  });
});
