import { describe, expect, it } from 'vitest';
import { extractFromText } from '../index';
import { aboutRecord } from './title-about-record';

const body = [
  'Present: John Smith (Chair), Mary Jones, Tom Brown',
  'Apologies: Ann Lee',
  '1. Minutes of the previous meeting',
  'It was resolved that the minutes of the meeting held on 5 February 2020 be approved.',
  '2. Budget',
  'It was agreed that the budget for 2020/21 be adopted as circulated.',
].join('\n');

/** Lines about the record, each naming minutes: who took them, what was done to them, where they are kept. */
const about = [
  'Minutes taken by the Secretary, Alan Chambers, and typed up by Mark Wiggins.',
  'Minutes by NB.',
  'Minutes recorded by Jane Doe',
  'These minutes have been converted to a mobile friendly format with some',
  'This minutes document is a draft until approved',
  '* **Minutes Google Doc**: <https://docs.google.com/document/d/abc>',
  'Minutes (PDF): https://example.org/minutes.pdf',
  'Click here to download a .pdf of these minutes: 2017.03.07 Board Minutes',
  "minutes document (2022-08 Minutes.docx) may be found in the Secretary's folder",
  'Minutes pdf icon PDF 527 KB',
  'Minutes of the previous meeting PDF 84 KB',
];

const headings = ['Minutes of the Riverside Club Annual General Meeting - April 23rd 2005', 'Riverside Parish Council Minutes 2 March 2020', 'MINUTES OF THE BOARD MEETING HELD ON 2 MARCH 2020'];

describe('a line about the record', () => {
  it.each(about)('is not a heading: %s', (line) => expect(aboutRecord(line)).toBe(true));
  it.each(headings)('a heading is not about the record: %s', (line) => expect(aboutRecord(line)).toBe(false));

  it.each(about.flatMap((a) => headings.map((h) => [h, a])))('%s stays the title over "%s"', (heading, line) => {
    const d = extractFromText(`${heading}\n${line}\n${body}`);
    expect(d.title).toBe(heading);
  });

  it('a front matter title in TOML is its value', () => {
    const d = extractFromText(`+++\ntitle = "August 2022 Business Meeting Minutes"\n+++\nThese minutes have been converted to a mobile friendly format.\n${body}`);
    expect(d.title).toBe('August 2022 Business Meeting Minutes');
  });
});
