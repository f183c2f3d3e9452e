import { describe, expect, it } from 'vitest';
import { extractFromText } from '../index';

// A page's running head over the document's own heading (made up): the title is one of them, not both run together.
const body = 'Present: A Smith, B Jones, C Brown\n1. The minutes of the last meeting were approved.\n2. It was agreed to renew the lease. Action: B Jones to write to the landlord.\n';
const rows: [string, string | string[]][] = [
  ['MINUTES OF AN ORDINARY MEETING OF THE EASTBY DISTRICT\nMINUTES OF COUNCIL MEETING\n', 'MINUTES OF AN ORDINARY MEETING OF THE EASTBY DISTRICT'],
  ['MINUTES OF THE FINANCE COMMITTEE MEETING\nMINUTES OF THE MEETING HELD ON 4 MAY 2021\n', 'MINUTES OF THE FINANCE COMMITTEE MEETING'],
  ['05-04-21 Board Minutes 1\nMINUTES OF THE\nBOARD OF DIRECTORS MEETING\n', ['05-04-21 Board Minutes', 'MINUTES OF THE BOARD OF DIRECTORS MEETING']],
];

describe('a heading over another heading', () => {
  for (const [head, title] of rows)
    it(head.split('\n')[0], () => {
      expect([title].flat()).toContain(extractFromText(`${head}${body}`).title);
    });
  it('a heading wrapped in capitals still runs on', () => {
    expect(extractFromText(`MINUTES OF THE MEETING OF THE\nEASTBY PARISH COUNCIL\n${body}`).title).toBe('MINUTES OF THE MEETING OF THE EASTBY PARISH COUNCIL');
  });
});
