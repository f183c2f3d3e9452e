import { describe, expect, it } from 'vitest';
import { extractFromText } from '../index';

const page = (roll: string) =>
  `Minutes of the meeting held on 12th September 2013.\n\nPresent\n\n${roll}\n\nDeclarations of Interest\n\nThere were none.\n\n1. Budget\nIt was resolved that the budget be adopted.\n`;

describe('a roll a line under its label, closed by the clerk', () => {
  it('reads everyone when the chair is marked in words', () => {
    const d = extractFromText(page('Cllr. S. Denis in the Chair, Cllr. D. Guy, Cllr. A. Beaney,  Cllr. P. Sillibourne, Cllr. Mrs F. Burt and the Clerk, Mrs   M. C. Shaw.'));
    expect(d.attendees).toEqual(['S. Denis', 'D. Guy', 'A. Beaney', 'P. Sillibourne', 'F. Burt', 'M. C. Shaw']);
    expect(d.presider).toBe('S. Denis');
  });
  it('reads the members before "and the Clerk, Mrs …", not the clerk alone', () => {
    const d = extractFromText(page('Cllr. S. Denis, Cllr. D. Guy and the Clerk, Mrs M. C. Shaw'));
    expect(d.attendees).toEqual(['S. Denis', 'D. Guy', 'M. C. Shaw']);
  });
});
