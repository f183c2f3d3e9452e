import { describe, expect, it } from 'vitest';
import { breakRunOnZh } from './runon';

describe('a Chinese record run together on one line', () => {
  const runOn =
    '某某社区居委会第四次居民议事会会议记录时间：2023年4月2日上午9时地点：社区二楼议事厅主 席：孙某某出席人员：周一、吴二、郑三、冯四记 录：褚某某一、讨论小区停车位划线方案。决议：同意按方案实施。二、讨论加装电梯补贴。决议：提交街道审定。三、讨论夏季防汛值班安排。决议：由网格员轮流值守，物业配合巡查。';
  it('is broken before each label and item, its spaced labels closed up', () => {
    const lines = breakRunOnZh(runOn)!.split('\n');
    expect(lines).toContain('时间：2023年4月2日上午9时');
    expect(lines).toContain('主席：孙某某');
    expect(lines).toContain('决议：同意按方案实施。');
    expect(lines.some((l) => l.startsWith('二、讨论加装电梯补贴'))).toBe(true);
  });
  it('leaves a page with its lines kept, and running prose, as they are', () => {
    expect(breakRunOnZh('时间：2023年4月2日\n地点：议事厅\n主席：孙某某')).toBeNull();
    const prose = '会议听取了关于社区停车管理的情况汇报，与会人员围绕停车位划线、收费标准和管理方式进行了充分讨论，大家一致认为应当在充分征求居民意见的基础上稳妥推进，副主席：补充说明了经费来源和后续维护安排，会议同意由居委会牵头组织实施并定期向居民通报进展情况。';
    expect(breakRunOnZh(prose)).toBeNull();
  });
});
