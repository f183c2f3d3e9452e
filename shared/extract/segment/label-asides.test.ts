import { describe, expect, it } from 'vitest';
import { extractFromText } from '../index';
import { parseLabel } from './labels';

describe('an aside after a label', () => {
  it('how members attended is no part of an English attendance label', () => {
    expect(parseLabel('Members Present (in person):')).toMatchObject({ kind: 'attendance', value: '' });
    expect(parseLabel('Attendees (remote): Ann Lee')).toMatchObject({ kind: 'attendance', value: 'Ann Lee' });
    // An aside that says something else leaves a line that is no label as it was.
    expect(parseLabel('Budget (in person): the treasurer spoke')).toBeNull();
  });

  it('so is how they attended said without brackets: "Attending via Zoom:"', () => {
    expect(parseLabel('Attending via Zoom: Richard Williams')).toMatchObject({ kind: 'attendance', value: 'Richard Williams' });
    const text = ['Knoydart Foundation', 'Community Directors Meeting', 'Monday 9th August 4:00 p.m. 2021', 'Attending :  Grant Holroyd (Chair), Morag Anderson, Ian Robertson', 'Attending via Zoom: Richard Williams', 'Also Attending: Craig Dunn', 'Apologies: Denise Atherley', '1. Minutes', 'The minutes were approved.'].join('\n');
    expect(extractFromText(text).attendees).toEqual(['Grant Holroyd', 'Morag Anderson', 'Ian Robertson', 'Richard Williams', 'Craig Dunn']);
  });

  it('reads the names under "Members Present (in person):"', () => {
    const text = ['Eastby Library Board', 'Meeting Minutes', 'Wednesday, December 9, 2020', 'Members Present (in person):', 'Councillor Grant Lee', 'Ms. Shelley Berg', 'Mr. Bill Rae, Chair', '1. Call to Order', 'The Chair called the meeting to order at 5:00 p.m.', '2. Approval of Agenda', 'Moved by Grant Lee', 'Seconded by Shelley Berg', 'That the agenda be approved.', 'Carried.'].join('\n');
    expect(extractFromText(text).attendees).toEqual(expect.arrayContaining(['Grant Lee', 'Shelley Berg']));
  });

  it('an aside on how the names are kept is no part of a Chinese heading printed alone', () => {
    expect(parseLabel('参会人员（记录名字参会或者有 github handle 的同学）')).toMatchObject({ kind: 'attendance', label: '参会人员', value: '' });
    const text = ['# Dapr 中文社区会议纪要', '日期：2022年6月22日', '## 纲要', '1. Dapr 1.18 发布', '2. 源码阅读活动，一两星期之后启动', '## 参会人员（记录名字参会或者有 github handle 的同学）', '杨鼎睿', '朱永光', '敖小剑'].join('\n');
    expect(extractFromText(text).attendees).toEqual(['杨鼎睿', '朱永光', '敖小剑']);
    // A heading of another kind keeps its aside and is no label.
    expect(parseLabel('会议回放（记录文件）')).toBeNull();
  });

  it('the order the names are printed in is no part of a Chinese label', () => {
    expect(parseLabel('出席人员（按姓氏笔画排序）：张三、李四')).toMatchObject({ kind: 'attendance', label: '出席人员', value: '张三、李四' });
    expect(parseLabel('抄送（排名不分先后）：县委办')).toMatchObject({ kind: 'distribution', role: 'copy' });
  });
});
