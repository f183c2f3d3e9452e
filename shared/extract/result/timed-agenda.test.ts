import { describe, expect, it } from 'vitest';
import { extractFromText } from '../index';

/** An agenda gives each item its time ("5 minutes."); a record says what was done instead. */
describe('items given their time', () => {
  const agenda = [
    'Faculty Senate Meeting',
    'Date',
    'Monday, May 7, 2018 - 3:00pm to 5:00pm',
    '1. Call to order',
    '2. Action Item: Election of the Senate Executive Committee. Candidate statements of nominees. 5 minutes.',
    '3. Approval of the minutes of April 2, 2018. 2 minutes.',
    '4. Report from the Provost with Q & A. 5 minutes.',
    '5. Report from the President with Q & A. 5 minutes.',
    '6. Open Session: Statements at the podium on any topic, limited to two minutes. 8 minutes or less.',
  ];
  it('make the page an agenda', () => {
    const d = extractFromText(agenda.join('\n'));
    expect(d.isMinutes).toBe(false);
  });
  it('leave a record with its attendance and outcomes minutes', () => {
    const d = extractFromText(
      ['Minutes of the Faculty Senate Meeting, May 7, 2018', 'Present: Senators Ann Brewer, Leila Hudson, Jim Field', '1. Call to order at 3:02pm.', '2. The minutes of April 2, 2018 were approved.', '3. The Senate approved the 2020-2021 Academic Calendar.', '4. Report from the Provost with Q & A. 5 minutes.'].join('\n'),
    );
    expect(d.isMinutes).toBe(true);
  });
});

describe('a minutes title offered for reference over masked names', () => {
  it('is a model text', () => {
    const d = extractFromText(['2017年第7次校长办公会会议纪要参考', '4月5日上午，学校在办公楼517会议室召开校长办公会议，会议由校长宋xx主持。', '参加人员：张xx、宋xx、姜xx', '一、会议研究附属医院土建招标事宜，同意按程序组织招标。'].join('\n'));
    expect(d.isMinutes).toBe(false);
  });
  it('leaves a record whose names are printed', () => {
    const d = extractFromText(['2017年第7次校长办公会会议纪要', '4月5日上午，学校在办公楼517会议室召开校长办公会议，会议由校长宋涛主持。', '参加人员：张明、宋涛、姜华', '一、会议研究附属医院土建招标事宜，同意按程序组织招标。'].join('\n'));
    expect(d.isMinutes).toBe(true);
  });
});
