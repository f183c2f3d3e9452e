import { describe, expect, it } from 'vitest';
import { statesNothing } from './nil-outcomes';

describe('a part or an outcome answered "none"', () => {
  it.each(['討論事項：無', '討論事項：無主席裁示：無', '二、临时动议：无', '決議：無。', '主席裁示:無\n三、臨時動議:無', '结论：暂无', '臨時動議(無)', '臨時動議\n(無)', '讨论事项：（无）', '无', '（暂无）'])('%s states nothing', (t) => {
    expect(statesNothing(t)).toBe(true);
  });
  it.each(['決議：無異議通過。', '臨時動議：無人提出異議，照案通過', '同意辦理。', '主持人：無', '无异议', '临时动议（无异议）'])('%s is not that', (t) => {
    expect(statesNothing(t)).toBe(false);
  });
});

describe('an English part answered "none"', () => {
  it.each(['Nothing to report', 'None to discuss.', 'None', '* None', 'Nothing to add to the agenda', 'Priya: Nothing to talk about this week.', 'Nothing new at this time.', 'Treasurer: nil'])('%s states nothing', (t) => {
    expect(statesNothing(t)).toBe(true);
  });
  it.each(['None of the members objected to the new fee.', 'Nothing to be spent on the hall until the grant is in.', 'Nothing to report from the audit; the accounts were approved.', 'Nominations: none received, so Jo stays as treasurer', 'Noah to report on the roof'])('%s is not that', (t) => {
    expect(statesNothing(t)).toBe(false);
  });
});
