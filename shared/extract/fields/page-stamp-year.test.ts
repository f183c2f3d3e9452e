import { describe, expect, it } from 'vitest';
import { extractFromText } from '../index';

describe('the year of a meeting printed without one, from the page’s stamp', () => {
  it('takes the year of a stamp line with its read count ("2013-12-25 15:15:06 人气:")', () => {
    const d = extractFromText('2013-12-25 15:15:06 人气:\n12月20日上午,市政协在机关三楼会议室召开了七届委员会第九次主席会议,市政协主席任西山、副主席郝伟出席会议,副主席郝伟主持会议。\n会议讨论通过了市政协七届八次常委会议召开的时间、地点、议程等相关事项。\n');
    expect(d.meetingDate).toBe('2013-12-20');
  });
  it('leaves the year unknown where no stamp is printed', () => {
    const d = extractFromText('12月20日上午,市政协在机关三楼会议室召开了七届委员会第九次主席会议,市政协主席任西山、副主席郝伟出席会议,副主席郝伟主持会议。\n会议讨论通过了市政协七届八次常委会议召开的时间、地点、议程等相关事项。\n');
    expect(d.meetingDate).toBe('XXXX-12-20');
  });
});

describe('a body’s name in capitals with letters beyond ASCII', () => {
  it('keeps its words with macrons ("TŪWHARETOA MĀORI TRUST BOARD")', () => {
    const d = extractFromText('Hui ā Tau Minutes\nTŪWHARETOA MĀORI TRUST BOARD Live streamed from AVP Studio, 53 Matai Street, Taupō, 20 November 2021, 1:30 PM\nPresent: John Bishara (Chairman), Judy Harris.\nRESOLVED: That the report be received.\nCARRIED');
    expect(d.issuer).toBe('TŪWHARETOA MĀORI TRUST BOARD');
  });
});
