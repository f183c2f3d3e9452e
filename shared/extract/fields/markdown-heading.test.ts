import { describe, expect, it } from 'vitest';
import { markdownHeadingWords } from './markdown-heading';
import { extractFromText } from '../index';

describe('a Markdown heading over a group of people', () => {
  it.each([
    ['**Absent**', 'Absent'],
    ['## Apologies', 'Apologies'],
    ['__Not present:__', 'Not present'],
    ['### Absent:', 'Absent'],
    ['**Regrets:**', 'Regrets'],
    ['* Len Garvey (President)', null],
    ['Absent', null],
    ['**Len Garvey** said the bank card is lost.', null],
  ])('%s → %s', (line, words) => {
    expect(markdownHeadingWords(line)).toBe(words);
  });

  const page = (present: string, absent: string) =>
    `Committee Meeting Minutes\n12 October 2016\n\n${present}\n\n* Lauren Hennesey (Vice President)\n* Jo Cranford (Treasurer)\n* Ryan Bigg (Secretary)\n* Ed Tippett\n\n${absent}\n\n* Len Garvey (President)\n\n## Budget\n\n* Committee agrees that we need a new bank card.`;
  const heads = ['**Absent**', '**Apologies**', '## Absent', '### Apologies:', '**Not present**', '**Regrets:**'];
  it.each(['**Present**', '## Present', '**Attendance**'].flatMap((p) => heads.map((a) => [p, a])))('%s … %s: the absent are not read as present', (p, a) => {
    const d = extractFromText(page(p, a));
    expect(d.attendees).toEqual(['Lauren Hennesey', 'Jo Cranford', 'Ryan Bigg', 'Ed Tippett']);
  });
});
