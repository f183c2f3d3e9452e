import { describe, expect, it } from 'vitest';
import { extractFromText } from '../index';

const enHead = 'Board Meeting Minutes\nJune 3, 2008\n';
const enBody = '\n1. Budget\nThe board approved the budget for 2009.\n';
const zhHead = '第12次週會會議記錄\n時間：2019年5月8日\n';
const zhBody = '\n一、會議決定下週由子魚主持。\n';

describe('a group of its own by how people took part, beside the list', () => {
  const unread: [string, string][] = [
    ['"Joining:" after the list', `${enHead}Present: Jeff Williams, Tom Brennan, Dinis Cruz, Kate Hartmann\n\nJoining: Sebastien Deleersnyder\n${enBody}`],
    ['"Joined late:" after the list', `${enHead}Present: Anne Baker, Carl Dunn, Eve Foster, Gail Hart\nJoined late: Joel Mott\n${enBody}`],
    ['"Via Telecon:" above the staff', `${enHead}Via Telecon: Clrs L Wilson (LW) (Chair), RB Jenkins (BJ), DC Sparg (DS)\nStaff in Attendance: Miss SA Thornberry, Mr K Farmer, Mrs A Bastick, Mrs Z Petersen\n${enBody}`],
    ['"Dialled in:" after a bullet list', `${enHead}Attendees:\n- Anne Baker\n- Carl Dunn\n- Eve Foster\nDialled in: Gail Hart\n${enBody}`],
    ['"線上組：" after 出席', `${zhHead}出席：Steven、乙潔、子絜、scott、tmonk\n線上組：Peace、tumi\n${zhBody}`],
    ['"视频参会：" after 参会人员', `会议纪要\n时间：2021年6月1日\n参会人员：张伟、李娜、王强、赵敏\n视频参会：刘洋、陈静\n\n一、会议决定由张伟负责。\n`],
  ];
  it.each(unread)('%s: the list is a reading', (_, text) => {
    const d = extractFromText(text);
    expect(d.attendees.length).toBeGreaterThanOrEqual(3);
    expect(d.fields.attendees?.confidence).toBeLessThan(0.9);
  });

  const sure: [string, string][] = [
    ['a meeting link after the list', `${zhHead}出席：Steven、乙潔、子絜、scott、tmonk\n線上參與連結：https://meet.jit.si/vtaiwan\n${zhBody}`],
    ['a sentence after "Online:"', `${enHead}Present: Anne Baker, Carl Dunn, Eve Foster, Gail Hart\nOnline: the survey closes on Friday and results follow.\n${enBody}`],
    ['a group whose names the list took', `${enHead}Present: Anne Baker, Carl Dunn, Eve Foster, Gail Hart\nBy phone: Gail Hart\n${enBody}`],
  ];
  it.each(sure)('%s: the list keeps its confidence', (_, text) => {
    const d = extractFromText(text);
    expect(d.fields.attendees?.confidence).toBeGreaterThanOrEqual(0.9);
  });
});
