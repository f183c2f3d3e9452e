import { describe, expect, it } from 'vitest';
import { extractFromText } from '../index';
import { absenceFormLabel } from './absence-forms';

describe('a heading of those absent printed in a form the label reader misses', () => {
  it.each([
    ['*** Absent', 'absence'],
    ['** Regrets', 'absence'],
    ['*** Present', 'attendance'],
    ['因事未能出席(已致歉)：', 'absence'],
    ['因故未能出席：林某某、陈某某', 'absence'],
    ['未能出席人员（请假）：', 'absence'],
  ])('%s is a label of %s', (line, kind) => {
    expect(absenceFormLabel(line)?.kind).toBe(kind);
  });

  it.each(['*** Next board meeting', '** Items', '未能出席的原因是交通延误', '* Absent minded discussion: none'])('"%s" is no such label', (line) => {
    expect(absenceFormLabel(line)).toBeNull();
  });

  it('leaves out the names under an Org heading of the absent', () => {
    const text = ['#+TITLE: Board meeting notes', '* 12th March, 2024', '** Attendees', '*** Present', '- Nora Finch', '- Owen Blake', '- Priya Kaur', '*** Absent', '- Quentin Hale', '- Rosa Lind', '** Items', '*** Budget', '- Agreed to raise the membership fee.', '- Owen to draft the letter to members.'].join('\n');
    expect(extractFromText(text).attendees).toEqual(['Nora Finch', 'Owen Blake', 'Priya Kaur']);
  });

  it('leaves out the names under a Chinese absence phrase', () => {
    const text = ['联谊会第五次执委会会议记录', '日期：2024年3月12日', '出席：', '林志明 Kevin', '陈雅文 Grace', '何家豪 Leo', '因事未能出席(已致歉)：', '黄美玲 Mandy', '周子健 Sam', '会议内容：', '1) 会议决定下月举办周年晚会。'].join('\n');
    const got = extractFromText(text).attendees;
    expect(got).toEqual(['林志明 Kevin', '陈雅文 Grace', '何家豪 Leo']);
  });
});

describe('the list under an absence label is not read as a list whose label was lost', () => {
  it.each([
    ['Apologies:', 'Cllrs Hart and Doyle'],
    ['- Apologies', 'Ann Lowe, Peter Marsh, Joan Webb'],
  ])('%s / %s', (label, names) => {
    const text = ['Parish Council Meeting Minutes', 'Wednesday 5 April 2023 7.15pm', 'Members Present:', 'Cllrs Reed, Sand, Ford and Moss', label, names, '1. Minutes', 'The minutes of the last meeting were approved.'].join('\n');
    expect(extractFromText(text).attendees).toEqual(['Reed', 'Sand', 'Ford', 'Moss']);
  });
});
