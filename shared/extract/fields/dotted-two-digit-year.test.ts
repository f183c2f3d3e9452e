import { describe, expect, it } from 'vitest';
import { findDates } from './dates';

const iso = (t: string) => findDates(t, false).map((d) => d.iso);

describe('a date with full stops and a two-digit year', () => {
  it('is read after the meeting it dates ("AGM 4.3.14.", "branch meeting 19.11.13")', () => {
    expect(iso('UCU S.West RMB AGM 4.3.14.')).toEqual(['2014-03-04']);
    expect(iso('Minutes of branch meeting 19.11.13 previously circulated')).toEqual(['2013-11-19']);
  });

  it('is no date where nothing says it is one ("clause 1.2.10", "v1.2.3")', () => {
    expect(iso('See clause 1.2.10 of the rules')).toEqual([]);
    expect(iso('meeting 1.2.3.4 release')).toEqual([]);
  });
});
