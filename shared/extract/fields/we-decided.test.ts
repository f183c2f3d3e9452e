import { describe, expect, it } from 'vitest';
import { extractFromText } from '../index';

const record = (...lines: string[]) =>
  extractFromText(['# Working Group Minutes, 26 March 2015', '', 'Attendees: Ann Lee, Raj Patel, Sue Kim', '', ...lines].join('\n')).decisions.map((d) => d.text);

describe('"We agreed …" at a sentence’s start', () => {
  it('is the members deciding together', () => {
    expect(record('We agreed to sponsor the program at $10K.', 'We decided to become Platinum Sponsors of the conference.')).toEqual(['We agreed to sponsor the program at $10K.', 'We decided to become Platinum Sponsors of the conference.']);
  });

  it('is not a speaker recalling an earlier choice in a chat log', () => {
    expect(record('pchampin: we decided on "expression of support" because that\'s what had been done', 'Resolution: add a label to the issue template')).not.toContain('pchampin: we decided on "expression of support" because that\'s what had been done');
  });
});
