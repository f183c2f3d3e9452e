import { describe, expect, it } from 'vitest';
import { extractFromText } from '../index';

// One label for the meeting's date and time (made up), under a blog's or a listing's post date: the label's date.
const zhBody = '出席：王明、李华、张强\n一、会议决定：下周提交方案。\n二、会议同意由王明负责联络。\n';
const enBody = 'Present: A Smith, B Jones\n1. The minutes were approved.\n2. It was agreed to hold a fair. Action: B Jones to book the hall.\n';
const rows: [string, string][] = [
  ['2019年6月5日星期三\n干事会会议记录\n会议日期及时间：2019年5月28日晚上7:30\n', zhBody],
  ['2019年6月5日星期三\n幹事會會議記錄\n會議日期及時間:2019年5月28日晚上7:30\n', zhBody],
  ['2019年6月5日\n干事会会议记录\n日期/时间：2019年5月28日 19:30\n', zhBody],
  ['June 5, 2019\nCommittee Minutes\nDate/Time: 28 May 2019, 7.30pm\n', enBody],
  ['June 5, 2019\nCommittee Minutes\nDate & Time: Tuesday 28 May 2019 at 7.30pm\n', enBody],
  ['5 June 2019\nBoard Minutes\nMeeting Date/Time: 2019-05-28, 18:30\n', enBody],
];

describe('a label for both the date and the time', () => {
  for (const [head, body] of rows)
    it(head.split('\n')[2], () => {
      expect(extractFromText(head + body).meetingDate).toBe('2019-05-28');
    });
});
