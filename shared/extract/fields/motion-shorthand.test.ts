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

// A minute book of the 1910s, transcribed: "sec by" for seconded, the topic run in before each motion.
describe('the seconder\'s word cut short: "sec. by"', () => {
  const page = (body: string) =>
    ['Minutes Committee Meeting Aug 11th Council Chambers', '', 'Present: Messrs, Anderson, Glen, Hawkins, Gill, Mesdames Sukroo, Truslove.', '', body].join('\n');

  it('reads "on Motion of Mr X sec by Mr Y" and "moved by Mr X sec. by Mr Y" as motions', () => {
    const d = extractFromText(page('Minutes: on Motion of Mr Hawkins sec by Mr Gill. Minutes be adopted as read. Piano: moved by Mr Hawkins sec. by Mr Gill sect write to Mr Wheeler about the piano.'));
    const texts = d.decisions.map((x) => x.text);
    expect(texts.some((t) => t.startsWith('Minutes: on Motion of Mr Hawkins'))).toBe(true);
    expect(texts.some((t) => t.startsWith('Piano: moved by Mr Hawkins'))).toBe(true);
  });

  it('a "sec." standing for a secretary, with no motion, is none', () => {
    const d = extractFromText(page('The sec. read the letter from Head Office.'));
    expect(d.decisions).toHaveLength(0);
  });
});

// A co-op's board writes "MSUC": moved, seconded and carried unanimously; and sets its legend out with "=".
describe('"MSUC" and a legend set out with "=" or a colon', () => {
  const page = (lines: string[]) =>
    ['Board of Directors Meeting, March 17, 2015', 'Present: Dennis Winkler, Susie Ray, Barbara Lee, Vicki Doe', 'Note:  MSUC=It was moved, seconded, carried by Unanimous vote.', 'MSC:  It was moved, seconded, carried.', '', ...lines].join('\n');
  it('reads "It was MSUC (A, B) to …" as a motion and leaves the legend out', () => {
    const d = extractFromText(page(['It was MSUC (Susie, Barbara) to accept the agenda.', 'It was MSUC (Barbara, Vicki) that the minutes for the February meeting be approved as read.']));
    expect(d.decisions.map((x) => x.text)).toEqual(['It was MSUC (Susie, Barbara) to accept the agenda.', 'It was MSUC (Barbara, Vicki) that the minutes for the February meeting be approved as read.']);
  });
  it('a "MOTION:" label is no legend', () => {
    const d = extractFromText(page(['MOTION:  It was MOVED, SECONDED and CARRIED to accept the minutes of the January meeting.']));
    expect(d.decisions.map((x) => x.text)).toEqual(['MOTION:  It was MOVED, SECONDED and CARRIED to accept the minutes of the January meeting.']);
  });
});
