import { describe, expect, it } from 'vitest';
import { teamMarksZh } from './team-marks-zh';

// A SIG's or a project's notes say what the meeting came to and what is left to do in their own words.
describe('team notes: what the meeting concluded, and that it discussed', () => {
  it.each(['对于是否需要引入这些样本进行了讨论，结论是无需添加', '讨论结果认为应当删除该参数'])('an outcome stated: %s', (line) => {
    expect(teamMarksZh([line]).outcome).toBe(true);
  });
  it.each(['对于是否需要将这些样本引入仓库以便使用这些测试进行了讨论', '经讨论，同意发布新版本'])('met, in the past: %s', (line) => {
    expect(teamMarksZh([line]).met).toBe(true);
  });
  it.each(['请大家在下次会议前经讨论后提交意见', '该方案将在下次会议讨论后确定'])('a discussion asked for or to come: %s', (line) => {
    expect(teamMarksZh([line]).met).toBe(false);
  });
});

describe('team notes: the record and the work left under headings of their own', () => {
  const record = ['**会议纪要**', '- 目前1.2分支是性能优化版本，已经在生产环境稳定运行', '- 1.3分支新增了多个特性', '- 对接了PFS，功能的支持上没有问题'];
  it('a "会议纪要" heading over three points of its own tells the meeting met', () => {
    expect(teamMarksZh(record).met).toBe(true);
  });
  it('a template’s "会议纪要" heading over blanks does not', () => {
    expect(teamMarksZh(['## 会议纪要', '- ____', '- ____', '- ……']).met).toBe(false);
  });
  it.each([['**2. 近期TODO(01-04~01-16)**', '- 完成v2.0版本的发布'], ['## 待办事项', '- [ ] 整理会议材料并上传']])('a heading over the work left gives tasks: %s', (head, item) => {
    expect(teamMarksZh([head, '', item]).task).toBe(true);
  });
  it('a TODO heading over nothing gives none', () => {
    expect(teamMarksZh(['## TODO', '', '## 下次会议']).task).toBe(false);
  });
});
