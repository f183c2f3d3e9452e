import { describe, expect, it } from 'vitest';
import { extractFromText } from '../index';

const texts = (t: string) => extractFromText(t).decisions.map((d) => d.text);
/** Lines run together four at a time, as a page read without its breaks gives them. */
const runFour = (ls: string[]) => {
  const out: string[] = [];
  for (let i = 0; i < ls.length; i += 4) out.push(ls.slice(i, i + 4).join(' '));
  return out.join('\n');
};

describe('an English record whose motions were run together on a line', () => {
  const printed = [
    'Minutes of the Ordinary Meeting of the Shire Council held on 4 March 2024',
    'Present: Cr A Brown, Cr C Green, Cr D White',
    'Confirmation of Minutes',
    '2024/31',
    'Resolved (Cr A Brown / Cr C Green)',
    'That the minutes of the Ordinary Meeting held on 5 February 2024 be confirmed.',
    'The Motion on being put to the meeting was carried unanimously.',
    'Road Works',
    '2024/32',
    'Resolved (Cr C Green / Cr D White)',
    'That Council accept the tender for the bridge repairs.',
    'The Motion on being put to the meeting was carried unanimously.',
  ];
  it('reads a resolution from its formula, wherever in the line it falls', () => {
    expect(texts(printed.join('\n')).map((t) => t.slice(0, 20))).toEqual(['That the minutes of ', 'That Council accept ']);
    expect(texts(runFour(printed)).some((t) => /^Resolved \(Cr C Green \/ Cr D White\) That Council accept/.test(t))).toBe(true);
  });
  it('cuts after a vote, not inside a balance "carried forward"', () => {
    const t = ['Minutes of the Finance Committee', 'Present: A. Smith, B. Jones', 'The treasurer reported the balance Carried Forward to the next year was $1,200 and it was agreed that the accounts be approved.'].join('\n');
    expect(texts(t)).toEqual(['it was agreed that the accounts be approved.']);
  });
});
