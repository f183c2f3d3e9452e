import { describe, expect, it } from 'vitest';
import { extractFromText } from '../index';
import { isTemplateBlank, unfilledTemplate } from './template-items';

const HEAD = ['Minutes of the Riverside Residents Association Committee Meeting', 'Held on 14 March 2023 at the Village Hall', 'Present: John Smith (Chair), Mary Jones, Peter Brown', '', '1. Welcome', 'The Chair welcomed everyone to the meeting.', ''];
const read = (body: string[]) => extractFromText([...HEAD, ...body, '', 'Meeting closed at 9pm.'].join('\n'));

// Heads a template prints over its blanks, and the blanks it prints.
const HEADS = ['Decisions', 'Decisions:', '## Decisions', 'Action items', 'Actions agreed'];
const BARE = ['-', '•', '*', '- [ ]', '[ ]'];
const PLACEHOLDERS = ['Decision 1', 'Action item 2', 'TBD', 'Owner: task', '[decision]', '<decision>', '[Name] to [action] by [date]', '...'];

describe('an unfilled template', () => {
  for (const h of HEADS)
    for (const b of BARE)
      it(`"${h}" over bare "${b}" lines: no blank read, nothing sure`, () => {
        const d = read([h, b, b, b]);
        expect(d.decisions.some((x) => isTemplateBlank(x.text))).toBe(false);
        expect(d.fields?.decisions?.confidence ?? 0).toBeLessThan(0.9);
      });
  for (const h of HEADS)
    for (const p of PLACEHOLDERS)
      it(`"${h}" over "${p}" placeholders: none read`, () => {
        expect(read([h, `- ${p}`, `- ${p}`]).decisions.map((x) => x.text)).not.toContain(p);
      });
});

describe('written items stay', () => {
  const ITEMS = ['Agreed to buy a new notice board', 'Mary to book the hall for June', 'The budget for 2023 was approved'];
  for (const h of HEADS)
    it(`"${h}" over written items reads them`, () => {
      const got = read([h, ...ITEMS.map((i) => `- ${i}`)]).decisions.map((x) => x.text);
      for (const i of ITEMS) expect(got).toContain(i);
    });
  it.each(['Decision to buy a board', 'Item 1 was approved', 'Task force set up', 'Owner: Mary to book the hall', '[Mary] to book the hall by June'])('"%s" is no blank', (t) => expect(isTemplateBlank(t)).toBe(false));
  it('numbers alone (an item\'s words printed below its number) make no template', () => expect(unfilledTemplate([{ text: '1.' }, { text: 'Agreed …' }, { text: '2.' }])).toBe(false));
});
