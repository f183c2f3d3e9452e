import { describe, expect, it } from 'vitest';
import { extractFromText } from '../index';

// A county board's proceedings name the body by its members: "The Commissioners voted to approve …".
const record = (subject: string) =>
  [
    'Commissioners Proceedings Statement - Monday, August 12, 2019',
    '',
    'Present were Chairman Ann Lee, Commissioners Bob Day and Sue Ray and Clerk Tom Hale.',
    '',
    `Assessor Jo Kent requested that nine items of office equipment be declared surplus. ${subject} approved the request.`,
    '',
    `${subject} voted to approve a proposal submitted by Grant & Ryan for the audit of the 2018-19 books.`,
    '',
    'Road Superintendent Tom Kuester informed the Board that the road west of the church washed out.',
  ].join('\n');

describe('a board named by its members records its outcomes', () => {
  it.each(['The Commissioners', 'The Supervisors', 'The Trustees', 'The Aldermen'])('%s voted / approved: each a decision', (subject) => {
    const draft = extractFromText(record(subject));
    expect(draft.isMinutes).toBe(true);
    expect(draft.decisions.map((d) => d.text)).toEqual([`${subject} approved the request.`, `${subject} voted to approve a proposal submitted by Grant & Ryan for the audit of the 2018-19 books.`]);
  });

  it('"Present were Chairman Ann Lee, …": the chair so marked presides', () => {
    const draft = extractFromText(record('The Commissioners'));
    expect(draft.presider).toBe('Ann Lee');
    expect(draft.attendees).toEqual(['Ann Lee', 'Bob Day', 'Sue Ray', 'Tom Hale']);
  });
});

describe('a local government acting under its place’s name', () => {
  it.each(['Kayunga District', 'The Township', 'Sac County'])('"%s approved …" is a decision', (subject) => {
    const draft = extractFromText(['Minutes of the Council Budget Session', '', `${subject} approved a 54 billion budget for FY 2024/2025.`, '', 'Mr. Juuko Sam was approved as a board member for Galiraaya SS.'].join('\n'));
    expect(draft.decisions.map((d) => d.text)[0]).toBe(`${subject} approved a 54 billion budget for FY 2024/2025.`);
  });
});
