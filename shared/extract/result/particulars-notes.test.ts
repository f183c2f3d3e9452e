import { describe, expect, it } from 'vitest';
import { extractFromText } from '../index';

// A team's log of its weekly progress reviews: each meeting's particulars filled in, the changes asked for listed below.
const log = (date: string, items: string[]) =>
  ['# 会议记录', '', `### 时间: ${date}`, '**地点**：腾讯会议', '**会议主题**：小程序开发进度汇报', '**会议内容**', ...items, '', '----'].join('\n');

describe('notes under a minutes title with the meeting’s particulars filled in', () => {
  it('reads the log as minutes, dated by its particulars', () => {
    const d = extractFromText(log('2024年1月18日', ['- 我的设置界面设置更为紧凑、按钮对齐', '- 标题栏字体增大', '- 周期状态设置标识进行高亮']));
    expect(d.isMinutes).toBe(true);
    expect(d.meetingDate).toBe('2024-01-18');
  });

  it('leaves a template with the date or the items blank as no record', () => {
    expect(extractFromText(log('____年__月__日', ['- 标题栏字体增大', '- 首页昵称修改进一步改进'])).isMinutes).toBe(false);
    expect(extractFromText(log('2024年1月18日', ['- XXX', '- [填写内容]'])).isMinutes).toBe(false);
  });

  it('counts items numbered in Chinese numerals, as a 纪要 numbers them ("一、…", "（二）…")', () => {
    const page = [
      '某研究所第一次会议纪要',
      '时间:2013年12月17日,上午9时至11时',
      '地点:院研究室会议室',
      '会议内容:',
      '一、研究所5位研究员分别介绍了自己的考古工作与研究成果,并对研究所的定位和规划提出了建议。',
      '二、院内各职能部门负责人发言,对研究所今后的工作均表示将全力支持。',
    ].join('\n');
    expect(extractFromText(page).isMinutes).toBe(true);
    expect(extractFromText(page.replace('一、', '（一）').replace('二、', '（二）')).isMinutes).toBe(true);
  });
});

