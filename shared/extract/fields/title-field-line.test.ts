import { describe, expect, it } from 'vitest';
import { extractFromText } from '../index';
import { fieldLineTitle } from './title-field-line';

// A title read off a field line is a guess: the clerk is asked to check it.
describe('a title read off a field line', () => {
  const hit = (value: string) => ({ value, start: 0, end: value.length, confidence: 0.95 });

  it.each([':slug: fedora-tour-meeting-minutes-tuesday-may-8-2012', 'Document type: Minutes', 'Minutes: Jade', 'Category: Minutes'])('%s is below the confident level', (value) => {
    expect(fieldLineTitle(hit(value), 'en')?.confidence).toBeLessThan(0.9);
  });

  it.each(['Minutes: OWASP Board meeting', 'Board Meeting Minutes: November 15, 2015', 'Minutes of the Parish Council held on 5 May 2020'])('%s keeps its confidence', (value) => {
    expect(fieldLineTitle(hit(value), 'en')?.confidence).toBe(0.95);
  });

  it('a record whose only minutes line is its document type asks for its title to be checked', () => {
    const d = extractFromText(['Document type: Minutes', 'Parish Council meeting, 5 May 2020', 'Present: Cllr A Smith (Chair), Cllr B Jones, Cllr C Lee', '1. The minutes of the last meeting were approved.'].join('\n'));
    expect(d.fields.title?.confidence ?? 0).toBeLessThan(0.9);
  });
});
