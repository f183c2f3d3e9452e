import { describe, expect, it } from 'vitest';
import { minutesMentioned } from './title-minutes-mentioned';
import { extractFromText } from '../index';

describe('a sentence naming minutes in passing is no title', () => {
  const body = 'Present: Ann Lee, Bob Marsh, Cy Ode\n1. Treasurer\nIt was agreed that the accounts be approved.\nBob to file the accounts by 30 June.';
  it.each([
    ['Committee Meeting Report, 3rd of May 2019\n• The previous minutes of the Committee meeting held on 5 April 2019 were received and accepted as a true record.', 'Committee Meeting Report, 3rd of May 2019'],
    ['Annual General Meeting 14th April 2018\nThe meeting opened late. Apologies were read and minutes and accounts from 2017 were circulated before the start.', 'Annual General Meeting 14th April 2018'],
    ['Special Members Meeting 2 June 2021\n- Matters arising from the minutes of 2020', 'Special Members Meeting 2 June 2021'],
    ['Club Committee Meeting 9 March 2016\nConfirmation of the minutes of the last meeting', 'Club Committee Meeting 9 March 2016'],
  ])('%#', (head, title) => {
    expect(extractFromText(`${head}\n${body}`).title).toBe(title);
  });

  it.each([
    'Corrections and Adoption of the Minutes of the Previous Steering Committee meeting',
    'Minutes of the last meeting 2015',
    'The minutes of the meeting of 4 May were approved.',
    'Approval of minutes',
  ])('mentions: %s', (line) => {
    expect(minutesMentioned(line)).toBe(true);
  });

  it.each([
    'Minutes of the Annual General Meeting held on 12 May 2019',
    'Draft Minutes of the Board Meeting, as approved by the Committee on 18 June 2020',
    'CONFIRMED MINUTES – GENERAL MEETING, 17 MAY 2017',
    'Board Meeting Minutes',
  ])('a heading: %s', (line) => {
    expect(minutesMentioned(line)).toBe(false);
  });
});
