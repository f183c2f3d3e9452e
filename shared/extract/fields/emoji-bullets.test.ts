import { describe, expect, it } from 'vitest';
import { extractFromText } from '../index';

// A members' meeting kept as a wiki page: a dated heading, who took the minutes, topics by speaker, and the
// work each took on marked with an emoji after the bullet.
const notes = (mark: string) =>
  [
    "## 2024-06-03 Member's Meeting",
    '',
    'Minutes recorded by: **Mia Kirk**',
    '',
    '**12** Members in attendance: **Andrew, Chuck, Dan, Greg**',
    '',
    '### Greg: Wants to fix or get rid of broken equipment.',
    '',
    `* ${mark}Dan volunteered to triage the metal shop.`,
    '',
    '### Greg: Solicited input on ink for the plotter printer.',
    '',
    `* ${mark}Greg is going to buy some printer ink.`,
    '',
    '### Greg: Mentioned hosting a vending machine somewhere in the building.',
    '',
    `* ${mark}Andrew and Chuck are going to follow up with the landlord about the vending machine.`,
  ].join('\n');

describe('a note’s tasks marked by an emoji after the bullet', () => {
  it.each(['', '👷 ', '✅ ', '➡️ '])('"* %sDan volunteered …": each a decision, its owner the assignee', (mark) => {
    const draft = extractFromText(notes(mark));
    expect(draft.decisions.map((d) => [d.text, d.assignees])).toEqual([
      ['Dan volunteered to triage the metal shop.', ['Dan']],
      ['Greg is going to buy some printer ink.', ['Greg']],
      ['Andrew and Chuck are going to follow up with the landlord about the vending machine.', ['Andrew', 'Chuck']],
    ]);
  });

  it('"Minutes recorded by: …" names who took the minutes, not the title', () => {
    expect(extractFromText(notes('')).title).toBe("2024-06-03 Member's Meeting");
  });
});
