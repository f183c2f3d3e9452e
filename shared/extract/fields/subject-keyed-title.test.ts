import { describe, expect, it } from 'vitest';
import { extractFromText } from '../index';

// A letter that sends the minutes names them in its subject line.
describe('a title keyed as a letter\'s subject', () => {
  it.each([
    ['Subject:- Minutes of 30th Annual General Meeting – ECHS', 'Minutes of 30th Annual General Meeting – ECHS'],
    ['Subject: Minutes of the Board Meeting held on 3 May 2019', 'Minutes of the Board Meeting held on 3 May 2019'],
  ])('is the subject without its key: %s', (line, title) => {
    const d = extractFromText(['No. ECHS/4/5/30th', 'To: All Members', line, '', 'Present: Ann Lee, Bob Hart, Carl Diaz', '1. The minutes of the last meeting were approved.'].join('\n'));
    expect(d.title).toBe(title);
  });
});
