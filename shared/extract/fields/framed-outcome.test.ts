import { describe, expect, it } from 'vitest';
import { extractFromText } from '../index';
import { framesOutcome } from './framed-outcome';

// Made-up sentences of narrative records: the outcome after how the meeting came to it. The item is the whole sentence.
const FRAMED = [
  '经讨论，会议决定将年会推迟至十月举行，由秘书处另行通知。',
  '经认真研究，会议同意增补两名理事。',
  '經委員充分商討後，會議決定更換保安公司。',
  '会议就两所学校的助学项目进行了专题审议，一致同意给予资助。',
  '会议对新会员入会申请进行了逐一审核，审议通过了十二名新会员。',
  '会议就年度活动方案征求了理事意见，理事们全票通过了该方案。',
  // How the vote was taken, its voters perhaps named, after a closing word.
  '最后，代表们通过投票表决，通过了以上各项报告内容。',
  '会上，以举手表决的方式，通过了年度工作报告和财务报告。',
];
// The clause before the outcome is not its opening: the meeting convened, or a report heard.
const NOT_FRAMED = ['3月5日，协会召开理事会，', '秘书长汇报了上半年工作，', '经费问题较多，', '会议就安全生产工作强调，', '代表们就表决办法提出了意见，'];

describe('an outcome kept with the opening of its sentence', () => {
  it.each(FRAMED)('%s', (sentence) => {
    const text = ['某协会理事会会议纪要', '5月12日下午，协会召开理事会，会长王明主持会议。', sentence].join('\n');
    const got = extractFromText(text).decisions.map((d) => d.text);
    expect(got.some((t) => t.startsWith(sentence.slice(0, 12)))).toBe(true);
  });
  it.each(NOT_FRAMED)('%s is no opening of an outcome', (before) => {
    expect(framesOutcome(before)).toBe(false);
  });
});
