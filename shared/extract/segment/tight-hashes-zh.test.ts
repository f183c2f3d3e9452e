import { describe, expect, it } from 'vitest';
import { extractFromText } from '../index';

// A student team's Markdown notes, the hashes set right against the words, as many Chinese notes print them.
const NOTES = [
  '本小组的会议记录',
  '第一次会议',
  '###会议名称   初定项目及讨论',
  '###会议时间   2016.3.12 晚8点',
  '###会议地点   新主楼G305',
  '####主持人   王昕',
  '####记录人   王旭辰',
  '####参与人员',
  '* 王昕',
  '* 王旭辰',
  '* 林森',
  '###议定',
  '1．大家统计记录github并学习使用github',
  '2．小组讨论,初步确定研究项目为Spring开源框架',
].join('\n');

describe('Markdown headings with no space after the hashes', () => {
  it('hold the header’s rows: time, chair, who took part', () => {
    const d = extractFromText(NOTES);
    expect(d.meetingDate).toBe('2016-03-12');
    expect(d.presider).toBe('王昕');
    expect(d.attendees).toEqual(['王昕', '王旭辰', '林森']);
  });

  it('"###议定" heads the decisions', () => {
    expect(extractFromText(NOTES).decisions.map((x) => x.text)).toEqual(['大家统计记录github并学习使用github', '小组讨论,初步确定研究项目为Spring开源框架']);
  });
});
