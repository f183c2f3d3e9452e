import { describe, expect, it } from 'vitest';
import { extractFromText } from '../index';

describe('a note’s heading that dates the meeting', () => {
  const zh = '\n- 参会人员：张三，李四，王五\n- 会议决定：采用新的数据接口\n- 张三负责接口设计，李四负责测试';
  const en = '\nPresent: Ann Lee, Bob Marsh, Cy Ode\n- Agreed to adopt the new schedule\n- Ann to send the draft by 2020-05-12';
  it.each([
    ['# 会议记录\n## 第二次会议 2019.3.7\n- 任务分配：完成数据收集\n- 下周任务：3月12日前提交报告' + zh, '2019-03-07'],
    ['# 项目组会议记录\n## 2022年5月6日 星期五\n- 进度：完成原型\n- 李四5月10日前完成测试' + zh, '2022-05-06'],
    ['# Team notes\n## 2020-05-05 weekly call' + en + '\n- Bob will book the room for May 19, 2020', '2020-05-05'],
  ])('%#', (text, iso) => {
    expect(extractFromText(text).meetingDate).toBe(iso);
  });

  it('a letterhead’s plain date line is not such a heading', () => {
    const text = '某某县人民政府办公室\n2019年5月8日\n县长办公会议纪要\n5月6日上午，县长张三主持召开县长办公会议。\n会议议定事项如下：\n一、同意实施道路改造工程，由县交通局负责，6月底前完成。';
    expect(extractFromText(text).meetingDate).not.toBe('2019-05-08');
  });
});
