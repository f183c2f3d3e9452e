import { describe, expect, it } from 'vitest';
import { extractFromText } from '../index';

const record = (head: string) => [head, 'September 5, 2019', 'Present: Ann Lowe (Chair), Bo Tran, Cy Webb', '1. The minutes of the last meeting were approved.', '2. It was agreed that the mural be repainted.'].join('\n');

describe('a heading with the page furniture run onto it', () => {
  it.each([
    ['PUBLIC ARTS COMMITTEE MINUTES DATE', 'PUBLIC ARTS COMMITTEE MINUTES'],
    ['EASTBY CONSERVATION DISTRICT RECORD OF PROCEEDINGS DATE – TIME – LOCATION', 'EASTBY CONSERVATION DISTRICT RECORD OF PROCEEDINGS'],
    ['THE UNIVERSITY OF EASTBY Minutes of the meeting of the Library Committee held on 5 September 2019', 'Minutes of the meeting of the Library Committee held on 5 September 2019'],
  ])('%s → %s', (head, title) => {
    expect(extractFromText(record(head)).title).toBe(title);
  });

  it('keeps a heading whose last word is a meeting’s own, and a heading all in capitals', () => {
    expect(extractFromText(record('Board Meeting Date Night Minutes')).title).toBe('Board Meeting Date Night Minutes');
    expect(extractFromText(record('MINUTES OF THE MEETING OF THE LIBRARY COMMITTEE')).title).toBe('MINUTES OF THE MEETING OF THE LIBRARY COMMITTEE');
  });
});
