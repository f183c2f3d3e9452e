import { describe, expect, it } from 'vitest';
import { toTraditional, twins } from './traditional';
import { findAssignees } from '../fields/assignees';
import { extractFromText } from '../index';

describe('Traditional twins of word lists', () => {
  it('maps the words lists use and keeps what has no twin', () => {
    expect(toTraditional('审议通过')).toBe('審議通過');
    expect(toTraditional('会同')).toBe('會同');
    expect(toTraditional('同意')).toBe('同意');
    expect(twins(['牵头', '牽頭', '同意'])).toEqual(['牵头', '牽頭', '同意']);
    expect(twins(['主办', '协助'])).toEqual(['主办', '主辦', '协助', '協助']);
  });
});

// Work given in Traditional script, in the phrasings the Simplified lists know.
const ASSIGNED: [string, string[]][] = [
  ['由總務處負責採購，並於下學期實施。', ['總務處']],
  ['由區公所協調相關單位辦理。', ['區公所']],
  ['由人事室彙總後報送市府。', ['人事室']],
  ['由秘書處進一步研擬實施細則。', ['秘書處']],
  ['由學務處統籌規劃，下學期實施。', ['學務處']],
];

describe('Traditional-script records read with the Simplified lists', () => {
  it.each(ASSIGNED)('%s', (text, want) => {
    expect(findAssignees(text, 'zh').map((f) => f.name)).toEqual(want);
  });
  it('reads a board’s record of topic paragraphs in Traditional script as its Simplified twin', () => {
    const simp = ['某协会理事会会议纪要', '9月8日下午，理事长王某主持召开第五届第三次理事会。', '会议审定通过了《年度工作计划》，由秘书处负责组织实施。', '会议审定通过了《财务管理办法》，由财务组负责执行。'];
    const trad = ['某協會理事會會議紀錄', '9月8日下午，理事長王某主持召開第五屆第三次理事會。', '會議審定通過了《年度工作計畫》，由秘書處負責組織實施。', '會議審定通過了《財務管理辦法》，由財務組負責執行。'];
    const read = (lines: string[]) => extractFromText(lines.join('\n')).decisions.map((d) => [d.text.slice(0, 6), d.assignees.length]);
    expect(read(trad)).toEqual(read(simp).map(([t, n]) => [toTraditional(String(t)).replace('计划', '計畫'), n]));
    expect(read(trad)).toHaveLength(2);
  });
});
