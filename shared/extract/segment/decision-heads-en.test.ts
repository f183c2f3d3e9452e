import { describe, expect, it } from 'vitest';
import { extractFromText } from '../index';
import { bareHead, isDecisionHeadEn } from './decision-heads-en';

// Decisions headings as Markdown, Org-mode and wiki notes print them, and joined heads.
const HEADS = [
  '## Action Items',
  '** Action Items',
  '### Decisions',
  '**Action items:**',
  '**Decisions**:',
  '== Decisions ==',
  'Decisions taken/agreed action',
  'Decisions & Actions',
  'Agreed actions / decisions',
  'New Actions',
  '## New action items',
  'Key decisions:',
  '## General Decisions',
  'Decisions made:',
  '### Main decisions',
  '**Major Decisions**',
  'Meeting Outcomes and Tasks',
  '## Decisions & Tasks',
];
// Heads of other parts, or of actions already done: no decisions section.
const NOT_HEADS = ['## Attendees', '** Items', 'Actions taken/tasks carried out', 'Actions of the previous meeting', '**Reports**', 'Decisions/Reports', '## Action items from last meeting', 'Tasks', 'Tasks and Assignments', 'Reports and Tasks'];
const ITEMS = ['Gord to draft a letter to the MP', 'The website to be moved to the new host', 'Scott will bring the disk with the wiki'];

const doc = (head: string) =>
  ['Minutes of the Board meeting', '12 March 2021', 'Present: Ann Lee, Bob Ray, Cy Tan', '', 'Treasurer gave an update on the accounts.', 'Members talked about the venue for a while.', '', head, ...ITEMS.map((t) => `- ${t}`), '', 'Meeting closed at 9pm.'].join('\n');

describe('English decisions headings of note pages', () => {
  it.each(HEADS)('%s heads the decisions', (head) => {
    expect(isDecisionHeadEn(head)).toBe(true);
    const d = extractFromText(doc(head)).decisions.map((x) => x.text);
    expect(d).toEqual(ITEMS);
  });
  it.each(NOT_HEADS)('%s does not', (head) => {
    expect(isDecisionHeadEn(head)).toBe(false);
  });
  it('reads the words without the mark', () => {
    expect(bareHead('## Action Items ##')).toBe('Action Items');
    expect(bareHead('**Actions:**')).toBe('Actions:');
    expect(bareHead('=== Decisions ===')).toBe('Decisions');
  });

  it('a dated page with who was present and its decisions under such a head is a record, untitled', () => {
    const page = ['October 3rd, 2021', '===', 'Venue : Community hall', '## Members Present', '- Ann Lee', '- Bob Ray', '- Cy Tan', '## General Decisions', ...ITEMS.map((t) => `- ${t}`), '## Next Meeting', 'Date : October 10, 2021'].join('\n');
    const d = extractFromText(page);
    expect(d.isMinutes).toBe(true);
    expect(d.decisions.map((x) => x.text)).toEqual(ITEMS);
  });
});
