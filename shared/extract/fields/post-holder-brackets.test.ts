import { describe, expect, it } from 'vitest';
import { readEnAttendance } from './people';

// A roll of posts, each holder in brackets with no honorific ("President (E. Peckston)"), as a society's committee prints it.
describe('a post with its holder in brackets', () => {
  it('reads the holder, not the post', () => {
    const r = readEnAttendance('President (E. Peckston), President-elect (O. Besley), Secretary (L. Evans), Social Secretary (J. Hayat), Campaigns Officer (B. Philips)');
    expect(r.names).toEqual(['E. Peckston', 'O. Besley', 'L. Evans', 'J. Hayat', 'B. Philips']);
  });

  it('keeps a member named before her club ("S Dean (Bgo United)")', () => {
    expect(readEnAttendance('S Dean (Bgo United), M Harrison, C Moorhead').names).toEqual(['S Dean', 'M Harrison', 'C Moorhead']);
  });

  it('reads no seat as a holder ("Vice-Chair (Area D)")', () => {
    expect(readEnAttendance('J. Crompton, Chair (Whistler); T. Rainbow, Vice-Chair (Area D); D. Demare (Area A)').names).not.toContain('Area D');
  });
});
