import { describe, expect, it } from 'vitest';
import { extractFromText } from '../index';

/** A meeting told for readers, how it went, with none of the record's apparatus. */
describe('an account of a meeting for readers', () => {
  const account = [
    'Annual General Meeting 2011',
    'The Band held its Annual General Meeting for 2011 on Monday 17 October. There was a strong turnout, reflecting the vigour of the new season.',
    'Members and friends were welcomed by the Chairman, who thanked the committee for a lively year. The Treasurer reported a sound financial position.',
    'Jim Harper was re-elected as Pipe Major and the committee was returned unchanged.',
  ].join('\n');

  it('is no record where it tells the turnout and tone in prose, nothing numbered or labelled', () => {
    const d = extractFromText(account);
    expect(d.isMinutes).toBe(false);
    expect(d.reason).toMatch(/account of a meeting for readers/);
  });

  it('is still the record where a mover and seconder are set down', () => {
    const text = account.replace('Jim Harper was re-elected', 'Proposed by Ann Lee, seconded by Bob Brown, Jim Harper was re-elected');
    expect(extractFromText(text).reason ?? '').not.toMatch(/account of a meeting for readers/);
  });

  it('is still the record where its points are listed one by one', () => {
    const text = [
      'Agreed Report on Board of Management Meeting',
      'Date of Board of Management Meeting: 23/10/24',
      '- The Chairperson welcomed the Board and thanked them for their attendance.',
      '- The minutes of the previous Board meeting were reviewed and approved.',
      '- The resurfacing of the play area has been a great success.',
      '- The Board conducted a review of the Child Safeguarding Risk Assessment.',
    ].join('\n');
    const d = extractFromText(text);
    expect(d.isMinutes).toBe(true);
  });
});
