import { describe, expect, it } from 'vitest';
import { withShiftedPosts } from './shifted-posts';
import { hasPostWord, looksLikeEnName } from './people';
import { extractFromText } from '../index';

const words = { looksLikeEnName, hasPostWord };
const roll = 'Laurie Brook, Chair Robert Salm, Member Mary Finn, Member Michele Owen, Attorney Gina Fast, Executive Director Billi Jo Jones, Licensing Division Manager Rebecca Gray, Compliance Cat Moore, Licensing Specialist Sarah Green, Assistant to the Executive Director';

describe('a roll of "Name, Post" pairs run together', () => {
  it('gives each post to the name before it', () => {
    const read = withShiftedPosts(roll, words);
    expect(read.startsWith('Laurie Brook (Chair), Robert Salm (Member), Mary Finn (Member)')).toBe(true);
    expect(read.endsWith('Sarah Green (Assistant to the Executive Director)')).toBe(true);
    // A post of no list's words keeps the item's last two words for the name.
    expect(read).toContain('Rebecca Gray (Compliance), Cat Moore (Licensing Specialist)');
  });

  it('leaves a roll of posts before names as printed, and one of names alone', () => {
    for (const v of ['Chair Ann Lee, Member Bob Smith, Member Carl Jones, Member Dan Brown', 'Ann Lee, Bob Smith, Carl Jones, Dan Brown', 'Ann Lee, Chair Bob Smith, Member Carl Jones, Member Dan Brown']) expect(withShiftedPosts(v, words)).toBe(v);
  });

  it('makes the first name the chair, in a record', () => {
    const d = extractFromText(['Board of Examiners Board Meeting Minutes December 9, 2013', `Present: ${roll}`, 'The Chair called the meeting to order at 9:23 AM.', 'A motion to approve the agenda was made and seconded. Motion carried.'].join('\n'));
    expect(d.presider).toBe('Laurie Brook');
    expect(d.attendees).toContain('Sarah Green');
    expect(d.attendees).toContain('Robert Salm');
  });
});
