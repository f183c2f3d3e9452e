import { describe, expect, it } from 'vitest';
import { linesFromText } from '../linearize/lines';
import { extractFromText } from '../index';
import { breakRunOnZh, splitRunOnZh } from './runon';

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

  it('is cut into lines for the fields, each keeping its offsets into the printed text', () => {
    const lin = linesFromText(`会议纪要\n${runOn}`);
    const split = splitRunOnZh(lin);
    expect(split.lines.length).toBeGreaterThan(8);
    for (const l of split.lines) expect(lin.text.slice(l.start, l.end)).toBe(l.text);
    expect(split.lines.map((l) => l.text)).toContain('决议：提交街道审定。');
    expect(splitRunOnZh(linesFromText('时间：2023年4月2日\n地点：议事厅'))).toEqual(linesFromText('时间：2023年4月2日\n地点：议事厅'));
  });
  it('gives a run-on record its title, presider and decisions', () => {
    const d = extractFromText(runOn);
    expect(d.title).toBe('某某社区居委会第四次居民议事会会议记录');
    expect(d.presider).toBe('孙某某');
    expect(d.attendees).toEqual(['周一', '吴二', '郑三', '冯四']);
    // Item 一 runs on from the recorder's name with no stop between ("褚某某一、"): it stays in that line.
    expect(d.decisions.map((x) => x.text.slice(0, 6))).toEqual(['讨论加装电梯', '讨论夏季防汛']);
  });
});
