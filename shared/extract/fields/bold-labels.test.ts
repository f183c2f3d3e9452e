import { describe, expect, it } from 'vitest';
import { extractFromText } from '../index';

// The same two items under labels set in emphasis, in the ways note pages print them.
const LABELS: { name: string; lines: string[] }[] = [
  { name: 'bold label with its colon inside', lines: ['**Action:** Bob to send the invoice to the treasurer', '**Action:** Carol to book the hall for the AGM'] },
  { name: 'bold label with its colon outside', lines: ['**Action**: Bob to send the invoice to the treasurer', '**Action**: Carol to book the hall for the AGM'] },
  { name: 'an abbreviated label', lines: ['**AI:** Bob to send the invoice to the treasurer', '**AI:** Carol to book the hall for the AGM'] },
  { name: 'underscores, in a bulleted list', lines: ['- __Action item:__ Bob to send the invoice to the treasurer', '- __Action item:__ Carol to book the hall for the AGM'] },
];

const page = (lines: string[]) =>
  ['# Committee meeting 2021-03-04', '', 'Present: Alice Wong, Bob Stone, Carol King', '', '## Finance', '', 'The treasurer reported on the accounts.', '', lines[0], '', '## Events', '', lines[1]].join('\n');

describe('a label set in emphasis before an item', () => {
  it.each(LABELS)('$name', ({ lines }) => {
    const got = extractFromText(page(lines)).decisions;
    expect(got.map((d) => d.assignees)).toEqual([['Bob'], ['Carol']]);
    // The label's emphasis is not part of the item.
    expect(got.every((d) => !/\*\*|__/.test(d.text))).toBe(true);
    expect(got.map((d) => d.text.replace(/^[^:]{1,20}:\s*/, ''))).toEqual(['Bob to send the invoice to the treasurer', 'Carol to book the hall for the AGM']);
  });

  it('leaves a line whose emphasis is inside the sentence as printed', () => {
    const got = extractFromText(page(['Bob to send the **signed** invoice to the treasurer', 'Carol to book the hall for the AGM'])).decisions;
    expect(got.map((d) => d.text)).toContain('Bob to send the **signed** invoice to the treasurer');
  });
});
