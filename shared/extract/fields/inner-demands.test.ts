import { describe, expect, it } from 'vitest';
import { extractFromText } from '../index';
import { findAssignees } from './assignees';
import { findDeadline } from './deadlines';

const record = '5月13日,县征收办主任王明在三田村主持召开郑和路延伸征收工作会议,社会工作管理四局、房屋征收安置办、三田村负责人参加会议。 会上,首先听取了社管四局对征收开展情况汇报,并对工作中存在的困难和问题进行研究讨论。 会议要求,一是各工作组人员把郑和路房屋16户人家的基本情况及问题调查梳理清楚,以便制定拆迁情况问题表。二是各工作组人员把征收政策读懂读熟,以便回答拆迁户有关征收政策的相关问题。三是各工作组要紧密配合,争取在6月20日完成征收任务。\n';

describe('the meeting’s counted demands inside the paragraph that tells the meeting', () => {
  it('reads one decision per point, with who acts and by when', () => {
    const d = extractFromText(record);
    expect(d.decisions.map((x) => x.text.slice(0, 8))).toEqual(['各工作组人员把郑', '各工作组人员把征', '各工作组要紧密配']);
    expect(d.decisions.map((x) => x.assignees)).toEqual([['各工作组人员'], ['各工作组人员'], ['各工作组']]);
    expect(d.decisions[2].due).toBe('在6月20日');
  });
  it('reads none where the paragraph’s demand counts no points', () => {
    const d = extractFromText('5月13日,县征收办主任王明主持召开征收工作会议。 会上听取了汇报。 会议要求,大家要提高认识。\n');
    expect(d.decisions).toEqual([]);
  });
});

describe('who acts and by when, in a demand', () => {
  it('reads the subject of a modal before a lead verb ("各部门要紧密配合")', () => {
    expect(findAssignees('各部门要紧密配合。', 'zh').map((a) => a.name)).toEqual(['各部门']);
  });
  it('reads the body that takes the work in hand with 把', () => {
    expect(findAssignees('各工作组人员把基本情况调查梳理清楚。', 'zh').map((a) => a.name)).toEqual(['各工作组人员']);
    expect(findAssignees('会议把这项工作作为重点。', 'zh')).toEqual([]);
  });
  it('reads the day the work is to be done by, without 前, but not a day it was done', () => {
    expect(findDeadline('争取在6月20日完成征收任务。', 'zh', '2020-05-13')?.dueDate).toBe('2020-06-20');
    expect(findDeadline('该项目已于6月20日完成验收。', 'zh', '2020-05-13')).toBeNull();
  });
});
