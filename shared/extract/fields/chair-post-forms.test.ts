import { describe, expect, it } from 'vitest';
import { findPresider } from './people';
import { parseLabel } from '../segment/labels';

describe('the chair’s post set off by a comma before the call to order', () => {
  it.each([
    ['Chair, Ben Heller (BH) called the meeting to order at 6:05pm', 'Ben Heller'],
    ['Mayor, Anita Weiers called the meeting to order at 7:00 p.m.', 'Anita Weiers'],
  ])('%s → %s', (text, name) => {
    expect(findPresider(text, 'en')?.name).toBe(name);
  });
});

describe('a body’s name before the chair’s label', () => {
  it.each(['Branch Chairperson', 'Committee Chair', 'Board Chairman'])('%s: names the presider', (label) => {
    expect(parseLabel(`${label}: Adrian Finney`)?.kind).toBe('presider');
  });
  it('keeps a deputy’s or a secretary’s label apart', () => {
    expect(parseLabel('Branch Secretary: Terry O’Neill')?.kind).not.toBe('presider');
    expect(parseLabel('Vice Chairperson: Terry O’Neill')?.kind).not.toBe('presider');
  });
});
