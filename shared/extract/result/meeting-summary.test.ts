import { describe, expect, it } from 'vitest';
import { extractFromText } from '../index';

/** A body's own summary of its meeting, in several headings and layouts: dated, its items' outcomes stated by the body. */
const SUMMARIES = [
  'Sunday, 8 March 2015\n\nSummary of February Board Meeting\n\n• The board approved the purchase of new hymn books.\n• Anna Lee has been appointed as treasurer.\n• The spring fair will be held on April 12.',
  'Session Meeting Highlights 14 June 2022\n\n1. Session approved the budget for the youth camp.\n2. A team will be formed to review the building plan.\n3. Session agreed to support two missionaries.',
  'Highlights of the Parish Council Meeting\n12 January 2021\n- Council resolved to repair the bus shelter.\n- The grant to the playgroup was approved.\n- Next meeting in March.',
  'Church Council Meeting Summary – 3 October 2019\n\nThe council voted to renew the organist’s contract.\nTwo new members were received into membership.\nThe roof fund stands at £4,200.',
  'Recap of the November Executive Committee Meeting\n\n* The committee endorsed the new code of conduct.\n* Tom Reid was elected secretary.\n* Volunteers are needed for the food bank.',
];

/** What shares the heading: a chatty write-up in the first person, a heading over an agenda, a story with a reporter's line. */
const LOOK_ALIKES = [
  'Summary of our Annual General Meeting 2025\n\nWe were thrilled to have over 40 residents come. We explained a little of the history of the association.\nGrant funding for several activities was secured.',
  'Board Meeting Summary 5 May 2024\n\n1. To approve the minutes of the last meeting.\n2. To consider the budget.\n3. Any other business.',
  'Council Meeting Highlights, 2 March 2023\nBy Jane Smith, staff reporter\n\nThe council approved the new bypass on Tuesday, the mayor said. Residents were elected to the panel, officials said.',
  'Summary of the Board Meeting\n\nThe next board meeting will be held on 4 June 2024 at 7pm. Please send apologies to the secretary.',
];

describe('a body’s summary of its meeting', () => {
  it.each(SUMMARIES.map((t, i) => [i, t]))('summary %i is minutes', (_, text) => {
    expect(extractFromText(text).isMinutes).toBe(true);
  });
  it.each(LOOK_ALIKES.map((t, i) => [i, t]))('look-alike %i is refused', (_, text) => {
    expect(extractFromText(text).isMinutes).toBe(false);
  });
});
