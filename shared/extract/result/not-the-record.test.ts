import { describe, expect, it } from 'vitest';
import { extractFromText } from '../index';

/** A writer's own account that says it is not the meeting's record. */
describe('an account that says it is not the official record', () => {
  const body = ['Oct 3rd OpenStack Foundation Board Meeting', 'On Oct 3rd, the OpenStack Foundation Board held a two hour conference call.', 'The board approved the new trademark policy.', 'Present: Alan Clark, Jonathan Bryce, Mark McLoughlin'];
  it('is not minutes', () => {
    const d = extractFromText([...body.slice(0, 2), 'As usual, this my informal recollection of the meeting. It’s not an official record.', ...body.slice(2)].join('\n'));
    expect(d.isMinutes).toBe(false);
  });
  it('is not minutes where a newspaper says its story is no official set of minutes', () => {
    const d = extractFromText(
      [
        '(Please note that while this article was written using the approved minutes of the meeting, it does not represent an official set of minutes.)',
        'On Wednesday March 10, 2021, the regular meeting of the RM was held with the following in attendance: Reeve Derreck Kolla, Councillors Hal Diederichs and Reg Wedewer.',
        'Reeve Kolla called the meeting to order at 1:02 pm. Cllr. Reding moved that the agenda be adopted as amended. Carried.',
        'Cllr. Wedewer moved that the February 12, 2021 Regular Meeting minutes be approved as corrected. Carried.',
      ].join('\n'),
    );
    expect(d.isMinutes).toBe(false);
  });
  it('leaves draft minutes that are unofficial until approved', () => {
    const d = extractFromText(['Minutes of the Board Meeting, 3 October 2013', 'These minutes are not an official record until approved by the Board.', 'Present: Alan Clark, Jonathan Bryce, Mark McLoughlin', 'RESOLVED that the new trademark policy be adopted.'].join('\n'));
    expect(d.isMinutes).toBe(true);
  });
});

describe('a static site’s page filed under news', () => {
  const page = (category: string) =>
    ['---', 'title: "Felix Reports: Second Union Council"', 'authors:', '  - henry_alman', "date: '2019-11-15 17:00:00'", category, '---', 'The second Union Council of the year met on 5th November.', 'Present: Alan Clark, Jonathan Bryce, Mark McLoughlin', 'The Council approved the new policy on societies.', 'The Council agreed to fund the library extension.'].join('\n');
  it('is a news story', () => {
    expect(extractFromText(page('categories:\n  - news')).isMinutes).toBe(false);
    expect(extractFromText(page('categories: [News]')).isMinutes).toBe(false);
  });
  it('leaves a page filed under minutes', () => {
    expect(extractFromText(page('categories:\n  - minutes')).isMinutes).toBe(true);
  });
});

describe('a page about minutes in general', () => {
  it('is a guide', () => {
    const d = extractFromText(['Minutes and Correspondence', 'Minute book', 'Minutes are a brief but accurate record of the business transacted at the meeting. They are compiled by the secretary.', 'The minutes should record every motion, who moved it and whether it was carried.', 'Present: the chairman, the secretary and members.', 'It was resolved that the minutes be signed.'].join('\n'));
    expect(d.isMinutes).toBe(false);
  });
  it('leaves a record that speaks of its minutes', () => {
    const d = extractFromText(['Minutes of the Committee Meeting held 3 March 2021', 'Present: A. Smith, B. Jones, C. Brown', 'The minutes of the last meeting were approved.', 'It was agreed that the minutes should be posted on the website.'].join('\n'));
    expect(d.isMinutes).toBe(true);
  });
  it('leaves a record that says where its minutes can be found', () => {
    const d = extractFromText(['THE HARBOUR MANAGEMENT COMPANY LTD', 'Minutes of the Annual General Meeting held on 22nd March 2023 at 7.30pm', 'The minutes can be downloaded here.', '1. Apologies for absence', 'Ann Lee', 'Tom Ng', '2. Acceptance of minutes of the last AGM', 'The Minutes were Proposed by Ann Lee, Seconded by Tom Ng and approved by a show of hands. Minutes can be found on the website.'].join('\n'));
    expect(d.isMinutes).toBe(true);
  });
});

describe('纪要 spoken of as a kind of document', () => {
  it('is a guide', () => {
    const d = extractFromText(['会议纪要的写法', '会议纪要是一种记载和传达会议情况和议定事项的公文。', '标题：XX会议纪要', '一、会议决定，由各部门负责落实。'].join('\n'));
    expect(d.isMinutes).toBe(false);
  });
  it('leaves a record that asks for its minutes to be sent', () => {
    const d = extractFromText(['县政府常务会议纪要', '3月2日，县长王某主持召开县政府常务会议。副县长李某、张某参加会议。', '一、会议决定，由县住建局牵头，6月底前完成老旧小区改造。', '二、会议同意本次会议纪要印发各乡镇。'].join('\n'));
    expect(d.isMinutes).toBe(true);
  });
});

describe('a report on what was done after a meeting', () => {
  it('is no minutes when its title names the follow-up ("Action taken Report of the Minutes of …")', () => {
    const d = extractFromText(
      [
        'Action taken Report of the Minutes of the Steering Committee of the Internal Quality Assurance Cell held on 15.5.2018',
        '--- Agenda 1: New Accreditation Rules',
        'Resolution: The Chairperson appraised the house about the fresh rules, and the Cell shall take necessary steps for the next visit.',
        'Action Taken: The Self Study Report was submitted within 1 month of the application.',
        '--- Agenda 2: Academic Audit',
        'Resolution: It was resolved that the academic audit be held in January.',
        'Action Taken: The audit was held on 20 January 2019.',
      ].join('\n'),
    );
    expect(d.isMinutes).toBe(false);
    expect(d.reason).toMatch(/after a meeting/);
  });

  it('is no record where the notes say they are not intended as minutes', () => {
    const d = extractFromText(
      [
        'News and meetings 2014',
        'These notes are not intended as Minutes and do not report on each Meeting held. The aim is to give an observer’s view of significant points as progress is made.',
        'Trust meeting 14 July 2014: Present: Ann Lee (Chair), Bob Ray, Carol Diaz.',
        'It was agreed that the sails be repaired before the open day.',
      ].join('\n'),
    );
    expect(d.isMinutes).toBe(false);
  });
});
