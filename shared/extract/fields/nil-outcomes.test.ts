import { describe, expect, it } from 'vitest';
import { statesNothing } from './nil-outcomes';

describe('a part or an outcome answered "none"', () => {
  it.each(['討論事項：無', '討論事項：無主席裁示：無', '二、临时动议：无', '決議：無。', '主席裁示:無\n三、臨時動議:無', '结论：暂无'])('%s states nothing', (t) => {
    expect(statesNothing(t)).toBe(true);
  });
  it.each(['決議：無異議通過。', '臨時動議：無人提出異議，照案通過', '同意辦理。', '主持人：無', '无'])('%s is not that', (t) => {
    expect(statesNothing(t)).toBe(false);
  });
});
