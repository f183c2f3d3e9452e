import { describe, expect, it } from 'vitest';
import { extractFromText } from '../index';

const page = (meeting: string) =>
  [
    'Agenda and minutes',
    meeting,
    'Venue: Kennet Room - County Hall, Bythesea Road, Trowbridge. View directions',
    'Contact: Matt Hitch',
    'No. Item',
    'Apologies for Absence',
    'To receive any apologies for absence.',
    'Apologies were received from:',
    '·       Cllr James Sheppard',
    'Declarations of interest',
    'To receive any declarations of disclosable interests or dispensations.',
    'There were no declarations of interest.',
    "Chairman's Announcements",
    'The Chairman welcomed Cllr Sudha Sri Nukana to the Panel.',
  ].join('\n');

describe('a portal’s page for one meeting headed "Agenda and minutes"', () => {
  it('is that meeting’s record where its dated name stands beside the heading', () => {
    const d = extractFromText(page('Wiltshire Police and Crime Panel - Thursday 14 September 2023 10.30 am'));
    expect(d.isMinutes).toBe(true);
    expect(d.meetingDate).toBe('2023-09-14');
  });

  it('is a page of agendas and minutes where no one meeting is named beside the heading', () => {
    const d = extractFromText(page('Wiltshire Police and Crime Panel meetings'));
    expect(d.isMinutes).toBe(false);
  });
});
