import { describe, expect, it } from 'vitest';
import { extractFromText } from '../index';

// A student team's notes of one meeting: a heading naming it, its time and members as labelled
// lines, then parts whose first is the team's announcements ("一、公告") and whose items end in what is
// left to do ("待做：…").
const notes = (part: string, todo: string) =>
  [
    '### 可能不太队第三次会议',
    '##### 会议时间：2022 年 5 月 18 日 21:45 - 23:16',
    '##### 参会成员：龚江炜、刘聪、刘伟欢、吴润泽、张展琪',
    `###### 一、${part}`,
    '1. 王克同学退出青训营。',
    '###### 二、接口情况汇报',
    '1. 视频流接口（龚江炜）：',
    `**${todo}：**1.根据时间来获取视频列表；2.最多一次获取 30 个视频`,
    '2. 用户注册接口（刘伟欢）：',
    `**${todo}：**1.Token 检查`,
  ].join('\n');

describe('a team’s notes whose first part is its announcements', () => {
  it.each(['公告', '通知', '通告'])('a part named %s below the header’s labelled lines is no notice’s title', (part) => {
    const draft = extractFromText(notes(part, '待办'));
    expect(draft.isMinutes).toBe(true);
  });
  it.each(['待做', '待完成', '待办'])('what is left to do under "%s：" is a mark of a meeting held', (todo) => {
    expect(extractFromText(notes('进展', todo)).isMinutes).toBe(true);
  });
  it('a notice calling a meeting, its title above the labelled lines, is still a notice', () => {
    const notice = ['关于召开第三次项目会议的通知', '会议时间：2022年5月20日 20:00', '参会人员：全体成员', '请各位准时参加。'].join('\n');
    expect(extractFromText(notice).isMinutes).toBe(false);
  });
});
