import { describe, expect, it } from 'vitest';
import { extractFromText } from '../index';
import { chairMarkedIn } from './chair-marked-line';

describe('the chair marked after a name on a line near the top not read as the list of those present', () => {
  const page = (lines: string) => `Minutes of the 4th meeting of the Committee, 3 March 2020\n${lines}\n1. Budget\nIt was agreed that the budget be approved.\nAction: Tom to circulate the report by 30 June.`;
  it.each([
    ['Those taking part:\n1. Dr Ann Lee (in chair)\n2. Tom Brown\n3. Sam Green', 'Ann Lee'],
    ['On the call: Ann Lee (AL) (Chair) Tom Brown (TB) (Vice-Chair), Sam Green (SG)', 'Ann Lee'],
    ['Those who came:\n- AL - Chair\n- TB\n- SG', 'AL'],
  ])('%s', (lines, name) => {
    expect(extractFromText(page(lines)).presider).toBe(name);
  });

  it('reads the person that opens an item ending with the post', () => {
    expect(chairMarkedIn('- Ann Lee, City Library, Chair')).toBe('Ann Lee');
  });

  it.each([
    'On the call: Tom Brown (TB) (Vice-Chair), Sam Green (SG)',
    '- Tom Brown - Deputy Chair',
    'Reports: Finance Committee (Chair)',
    '3. The report of the sub-committee was presented by its chair',
  ])('names no chair: %s', (line) => {
    expect(chairMarkedIn(line)).toBeNull();
  });
});
