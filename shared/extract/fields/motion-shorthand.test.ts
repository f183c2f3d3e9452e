import { describe, expect, it } from 'vitest';
import { extractFromText } from '../index';

// A vestry's or club's record writes its motions in three letters: M/S/C, moved, seconded and carried
// (M/S/P: passed), the mover and seconder in brackets; and it may explain the shorthand above them.
describe('a motion written in shorthand, and the legend that explains it', () => {
  const page = (motion: string) =>
    [
      'Vestry minutes from August 12, 2020',
      'Present: Rev. Deb White, Tom Towey, Ann Reich, Sue Park, Ed Lowe',
      '',
      'M/S/C denotes motion made, seconded and carried. The names following M/S/C in parenthesis denote the persons who made the motion and seconded.',
      '',
      'Call to Order and Opening Prayer. The meeting was called to order at 6:05 p.m. and led in prayer by Rev. Deb.',
      '',
      motion,
      '',
      'Treasurer’s Report. Rev. Deb called attention to the treasurer’s report, which shows that we are under budget.',
    ].join('\n');

  it.each([
    'Consent Agenda. It was M/S/C (Towey/Reich) to approve the consent agenda items: Minutes of July 8, 2020; Rector’s Report.',
    'Consent Agenda. M/S/P (Towey/Reich) to approve the consent agenda items as presented.',
    'Consent Agenda. MSC (Towey/Reich) that the consent agenda items be approved as presented.',
  ])('%s', (motion) => {
    const texts = extractFromText(page(motion)).decisions.map((d) => d.text);
    expect(texts).toHaveLength(1);
    expect(texts[0]).toMatch(/^Consent Agenda/);
  });
});
