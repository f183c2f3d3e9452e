import { describe, expect, it } from 'vitest';
import { zhNameFrom } from './people';
import { extractFromText } from '../index';

describe("a name before a post that carries its body's word", () => {
  it.each([
    ['张莹支部书记', '张莹'],
    ['张三党支部书记', '张三'],
    ['王五党委书记', '王五'],
    ['李四党总支书记', '李四'],
    ['钱七工会主席', '钱七'],
    ['孙八村委会主任', '孙八'],
    ['周九团支部书记', '周九'],
  ])('%s', (phrase, name) => {
    expect(zhNameFrom(phrase)).toBe(name);
  });

  it('an institution before the body names no one', () => {
    for (const p of ['机关党委书记', '学校党委书记', '公司工会主席', '街道党委书记', '医院党委委员']) expect(zhNameFrom(p)).toBeNull();
  });

  it.each([
    '2019年6月11日召开了全体党员大会，会议由张莹支部书记主持，应到党员40名，实到29名。',
    '会议由张莹党支部书记主持。',
    '会议由张莹工会主席主持召开。',
  ])('the presider of a record: %s', (line) => {
    const d = extractFromText(`某某党支部党员大会会议记录\n${line}\n会议议定事项如下：\n一、同意刘某同志按期转正。\n二、由支委会负责组织学习，6月底前完成。`);
    expect(d.presider).toBe('张莹');
  });

  it('members of an institution’s committee attending are no person', () => {
    const d = extractFromText('某某党委工作会议纪要\n3月22日在行政楼召开党委工作会议，机关党委委员出席了会议，会议由机关党委书记王祖荣主持。\n会议议定事项如下：\n一、同意2024年度工作计划。');
    expect(d.presider).toBe('王祖荣');
    expect(d.attendees).not.toContain('机关');
  });
});
