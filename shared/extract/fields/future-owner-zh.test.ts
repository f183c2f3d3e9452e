import { describe, expect, it } from 'vitest';
import { zhFutureOwner } from './future-owner-zh';

describe('work told in the future with 将', () => {
  it.each([
    ['会议原则通过了办公用房方案。会后，秘书处将根据讨论意见补充完善，形成文件后执行。', '秘书处'],
    ['经比较，委员同意采纳该建议，物业处将通知承包商尽快开工。', '物业处'],
    ['新秘书长产生后，王丽华女士将在一个月内移交秘书处的工作。', '王丽华'],
    ['测试小组也会与开发小组一起进行复查，以查缺补漏。', '测试小组'],
    ['秘書處將擬定相關制度，提交下次理事會通過。', '秘書處'],
  ])('%s', (text, owner) => {
    expect(zhFutureOwner(text)).toBe(owner);
  });

  it.each([
    '第三次会员大会将于明年三月召开。',
    '会议将《章程》发给会员征求意见。',
    '将《管理办法》印发各单位执行。',
    '该项目将成为全区的示范工程。',
    '决定将选举办法草案交各代表团审议。',
    '逾期未提交成果、影响整体进度的，市局将函告当地政府并启动问责。',
    '人行天桥绿化案，建议将林荫大道纳入优先执行地点。',
  ])('none in %s', (text) => {
    expect(zhFutureOwner(text)).toBeNull();
  });
});
