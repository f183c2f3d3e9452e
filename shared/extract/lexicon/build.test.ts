import { describe, expect, it } from 'vitest';
import { alt, whole } from './build';

describe('patterns from word lists', () => {
  it('escapes words and tries the longest first', () => {
    expect(new RegExp(alt(['议定', '会议议定'])).exec('本次会议议定')?.[0]).toBe('会议议定');
    expect(whole(['c.c.'], 'i').test('C.C.')).toBe(true);
    expect(whole(['c.c.'], 'i').test('cxcx')).toBe(false);
  });
  it('lets a space in a word match one or two printed spaces', () => {
    expect(whole(['members present'], 'i').test('Members  present')).toBe(true);
  });
});
