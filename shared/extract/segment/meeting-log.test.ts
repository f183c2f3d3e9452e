import { describe, expect, it } from 'vitest';
import { extractFromText } from '../index';
import { logMeetingOrdinal } from './meeting-log';

// A team's log of several meetings, each under its own heading: the record is the first meeting's,
// whatever markup sets the headings and whatever the log calls its meetings.
const HEADS: [string, (n: string) => string][] = [
  ['## 第N次会议', (n) => `## 第${n}次会议`],
  ['**第N次会议**', (n) => `**第${n}次会议**`],
  ['### 第N次組會', (n) => `### 第${n}次組會`],
  ['date + 第N次会议', (n) => `## 2024年9月${n === '一' ? 20 : 27}日第${n}次会议`],
  ['第N次例会：', (n) => `第${n}次例会：`],
];
const FIRST = ['决定选题方向为健康安全智能助手', '确定了小组分工与微信小程序的形式'];
const LATER = ['决定采用前后端分离架构', '确定下次会议改在周五召开'];

function log(head: (n: string) => string, first: string[] = FIRST): string {
  return [
    '# 小组会议记录',
    head('一'), '- 日期：10月2日', '- 与会人员：张三、李四、王五', ...first.map((t) => `- ${t}`),
    head('二'), '- 日期：10月9日', ...LATER.map((t) => `- ${t}`),
    head('三'), '- 日期：10月16日', '- 决定下一阶段先完成登录功能',
  ].join('\n');
}

describe('a log of several meetings', () => {
  it.each(HEADS)('%s: the first meeting\'s decisions only', (_name, head) => {
    const r = extractFromText(log(head));
    expect(r.isMinutes).toBe(true);
    expect(r.decisions.map((d) => d.text.replace(/。$/, ''))).toEqual(FIRST);
  });
  it.each(HEADS)('%s: the whole log when the first meeting states no outcome', (_name, head) => {
    const r = extractFromText(log(head, ['讨论了项目的背景', '交流了各自的想法']));
    expect(r.decisions.map((d) => d.text.slice(0, 6))).toEqual(expect.arrayContaining(LATER.map((t) => t.slice(0, 6))));
  });
  it('knows a meeting heading by its words alone', () => {
    expect(logMeetingOrdinal('## 第二次会议')).toBe('二');
    expect(logMeetingOrdinal('<center><font size="5">第三次会议</font></center>')).toBe('三');
    expect(logMeetingOrdinal('2024年9月20日第一次会议')).toBe('一');
    // A sentence naming a sitting is no heading.
    expect(logMeetingOrdinal('会议决定于下周召开第二次会议')).toBeNull();
    expect(logMeetingOrdinal('第十二届第三次会议纪要')).toBeNull();
  });
  it('leaves one record naming its sitting alone', () => {
    const rec = ['某某协会第五届理事会第一次会议纪要', '时间：2024年10月2日', '主持：张三', '会议决定：', '一、同意吸收李四为会员。', '二、确定第二次会议于11月召开。'].join('\n');
    expect(extractFromText(rec).decisions.map((d) => d.text.slice(0, 6))).toEqual(['同意吸收李四', '确定第二次会']);
  });
});
