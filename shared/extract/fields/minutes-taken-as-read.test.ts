import { describe, expect, it } from 'vitest';
import { extractFromText } from '../index';

describe('minutes taken as read and agreed', () => {
  it('is the meeting’s decision, its item’s heading run in before it', () => {
    const d = extractFromText(
      [
        'Minutes of the Members meeting 9th July 2022',
        'Chairman Joe McClune called the meeting to order at 11.04am',
        '',
        'Previous Minutes Minutes of the members meeting held on 21st August 2021 taken as read proposed by Victor Lennox and seconded by David McFadden and agreed by all.',
      ].join('\n'),
    );
    expect(d.decisions.map((x) => x.text.slice(0, 40))).toEqual(['Previous Minutes Minutes of the members ']);
  });

  it('minutes only read out, nothing agreed, are none', () => {
    const d = extractFromText(['Minutes of the Members meeting 9th July 2022', 'Chairman Joe McClune called the meeting to order at 11.04am', '', 'Minutes of the last meeting were taken as read by the secretary.'].join('\n'));
    expect(d.isMinutes ? d.decisions : []).toEqual([]);
  });
});
