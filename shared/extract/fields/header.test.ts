import { describe, expect, it } from 'vitest';
import { extractFromText } from '../index';

describe('English titles', () => {
  it('a title that carries its full date does not take the next line', () => {
    const d = extractFromText('Minutes of WLUG AGM - 26 September 2005\nHeld at LitB\nPresent: A Smith (Chair), B Jones\n1. Accounts\nIt was agreed that the accounts be accepted.');
    expect(d.title).toBe('Minutes of WLUG AGM - 26 September 2005');
  });
  it('a minutes heading below a site note that opened the body is the title, as a reading; a bare "Minutes" is not', () => {
    const d = extractFromText('2019-09-14\nThis page was edited in 2025 to correct formatting errors, the original is in the history.\nAGM Minutes 2019-09-14\nPresent: A Smith (Chair), B Jones\n1. Accounts\nIt was agreed that the accounts be accepted.');
    expect(d.title).toBe('AGM Minutes 2019-09-14');
    expect(d.fields.title?.confidence).toBeLessThan(0.9);
    const bare = extractFromText('Committee Meeting - 2023-11-18\nThe table of contents on the left forms the agenda of this meeting.\nMinutes\nPresent: A Smith (Chair), B Jones\nIt was agreed that the accounts be accepted.');
    expect(bare.title).toBe('Committee Meeting - 2023-11-18');
  });
});
