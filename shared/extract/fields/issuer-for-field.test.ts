import { describe, expect, it } from 'vitest';
import { extractFromText } from '../index';

// A body named by its kind, then its field, in the title's "meeting of …".
const record = (title: string) => [title, '', 'Göteborg, 28 October 2006', '', 'Present: Ann Lowe, Bo Tran, Cy Webb', '', '1. The meeting elected Ann Lowe as chair.', '2. It was decided that the statutes be adopted.'].join('\n');

describe('the body a title names by its kind and field', () => {
  it.each([
    ['Minutes of the first business meeting of the Northern European Association for Language Technology (NEALT)', 'Northern European Association for Language Technology'],
    ['Minutes of the Annual Meeting of the Society of Friends of the Museum held on 28 October 2006', 'Society of Friends of the Museum'],
  ])('%s → %s', (title, issuer) => {
    expect(extractFromText(record(title)).issuer).toBe(issuer);
  });
  it('a meeting of a body of no kind names none', () => {
    expect(extractFromText(record('Minutes of the meeting of the Friends for Language Technology')).issuer).toBeNull();
  });
});
