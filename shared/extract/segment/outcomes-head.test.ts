import { describe, expect, it } from 'vitest';
import { extractFromText } from '../index';

// A student team's weekly notes: its agenda, then an "Outcomes" heading over what was settled.
const notes = [
  '# Team 4 - 2nd Meeting',
  '**Time:** 2021.03.12 14:00 - 15:00',
  '**Chairperson:** Ann Lee',
  '| **Members** | **Ann Lee, Bob Ray, Cy Dunn** |',
  '| ----------- | --------------------------- |',
  '## Agenda',
  '1. Decide roles of our team (About 15 minutes)',
  '2. Discuss the project plan (About 20 minutes)',
  '',
  '## Minute',
  '',
  '### Outcomes',
  '',
  '1. Roles agreed: Ann Lee leads the team',
  '2. The project plan is accepted as drafted',
].join('\n');

describe('a team’s outcomes heading', () => {
  it('reads the items under "Outcomes" as decisions, not the agenda’s', () => {
    const d = extractFromText(notes);
    expect(d.isMinutes).toBe(true);
    const texts = d.decisions.map((x) => x.text);
    expect(texts).toEqual(expect.arrayContaining([expect.stringMatching(/^Roles agreed/), expect.stringMatching(/^The project plan is accepted/)]));
    expect(texts).not.toEqual(expect.arrayContaining([expect.stringMatching(/^Decide roles/)]));
  });
});

// A student team's notes in HTML: "Items Agreed Upon" over what was settled, "Next Things to Do" over the tasks.
describe('"Items Agreed Upon" and "Next Things to Do" headings', () => {
  it('reads the items under each as decisions, not the topics discussed', () => {
    const text = [
      '# ALS Minutes of the Meeting',
      '**Meeting Date :** February 18, 2015',
      '**Team members present:** Ann Lee, Bob Ray, Cy Dunn',
      '## Topics Discussed',
      '- Database design review',
      '- Framework practice',
      '## Items Agreed Upon',
      '- The consultation has been rescheduled to next week',
      '- The assignment is to study the framework further',
      '## Next Things to Do',
      '- Send an email to the adviser about the new date',
      '- Finish installing the framework on the home terminals',
    ].join('\n\n');
    const texts = extractFromText(text).decisions.map((x) => x.text);
    expect(texts).toEqual(expect.arrayContaining([expect.stringMatching(/^The consultation has been rescheduled/), expect.stringMatching(/^Send an email/), expect.stringMatching(/^Finish installing/)]));
    expect(texts).not.toEqual(expect.arrayContaining([expect.stringMatching(/^Database design review/)]));
  });
});
