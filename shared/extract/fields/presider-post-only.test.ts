import { describe, expect, it } from 'vitest';
import { extractFromText } from '../index';

const body = [
  '1. Finance',
  'It was agreed that the budget for 2020/21 be adopted as circulated.',
  '2. Hall hire',
  'Mary to contact the hall about the winter rates.',
].join('\n');

/** Records that name the chair by post only: no one is the presider. */
const postOnly = [
  'Parish Council Meeting Minutes\nPresent: Cllrs Hill, Crump, Mann\nThe chair opened the meeting.',
  'Residents Association Meeting Minutes\nPresent: A. Roy, B. Das, C. Sen\nThe Chairman welcomed everyone to the meeting.',
  'Steering Committee Meeting Minutes\nPresent: Tom Brown, Ann Lee\nThe meeting was chaired by the Chairperson.',
];

describe('a presider read as a post alone', () => {
  it.each(postOnly)('is no presider: %s', (head) => {
    const d = extractFromText(`${head}\n${body}`);
    expect(d.presider).toBeNull();
  });
  it('a named chair is kept', () => {
    const d = extractFromText(`Parish Council Meeting Minutes\nPresent: Cllrs Hill, Crump, Mann\nCllr Hill (Chair) opened the meeting.\n${body}`);
    expect(d.presider).toMatch(/Hill/);
  });
});
