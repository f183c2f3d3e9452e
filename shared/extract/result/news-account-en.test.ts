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

describe('a record opening with its own minutes heading, its text run on', () => {
  it('is the record, whatever it says was a success', () => {
    const text =
      'Minutes of the 2018 Annual General Meeting Society Members Room, 7 Pier Road, Saint Helier 14th March 2018 at 8pm, with 45 members present Chair President Colin Isherwood was elected chair of the meeting and welcomed all those present. ' +
      '1 Apologies The Secretary received apologies from Bob Le Sueur and John De Carteret. ' +
      '2 Minutes of the 2017 Annual General Meeting The Secretary summarised the minutes, which were adopted on a show of hands by the members. ' +
      '3 Archivist’s Report Colin reminded those present that the 2017 Archives Day opening was a success.';
    const d = extractFromText(text);
    expect(d.reason ?? '').not.toMatch(/account of a meeting for readers/);
    expect(d.isMinutes).toBe(true);
  });
});
