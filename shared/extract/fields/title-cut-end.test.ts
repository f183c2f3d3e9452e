import { describe, expect, it } from 'vitest';
import { extractFromText } from '../index';

const body = ['1. CALL TO ORDER', 'The meeting was called to order by President Ekkert at 8:35 a.m.', 'Present: Trustees Ekkert, Maher and Russo.', '2. MINUTES', 'A motion was made by Trustee Maher to approve the minutes. Motion carried.'];

describe('a dated English title cut on a word no heading ends with', () => {
  it('goes on over the lines that end so, up to the line that ends it', () => {
    const text = ['MINUTES OF THE FEBRUARY 1, 2006 REGULAR', 'MEETING OF THE BOARD OF TRUSTEES OF THE', "OAK BROOK FIREFIGHTERS' PENSION FUND", 'APPROVED AS WRITTEN ON APRIL 26, 2006.', ...body].join('\n');
    expect(extractFromText(text).title).toBe("MINUTES OF THE FEBRUARY 1, 2006 REGULAR MEETING OF THE BOARD OF TRUSTEES OF THE OAK BROOK FIREFIGHTERS' PENSION FUND");
  });
  it('stays whole where it ends on its date', () => {
    const text = ['MINUTES OF THE FEBRUARY 1, 2006 REGULAR MEETING', 'OAK BROOK FIREFIGHTERS PENSION FUND', ...body].join('\n');
    expect(extractFromText(text).title).toBe('MINUTES OF THE FEBRUARY 1, 2006 REGULAR MEETING');
  });
});
