import { describe, expect, it } from 'vitest';
import { titleDoubted } from './title-doubt';

describe('a title line that carries more than the title, or names no meeting', () => {
  it.each([
    'Click here to download a .pdf of these minutes: 2017.03.07 Board Minutes',
    'Recordings 会议纪要：https://etherpad.example.org/p/TC-meetings',
    'red.gif (986 個位元組)八十八學年度第一次圖書諮詢委員會會議記錄',
    '資料下載區 / 106學年度第一次家長委會會議記錄(106.9.25)',
    'Home > Council > Minutes of the Ordinary Meeting',
    'Minutes',
    '会议纪要',
    '會議記錄：',
    // A site's section of papers, a file's heading over several meetings, a link's words in lower case.
    'Agenda and minutes',
    'Agendas, reports and minutes',
    'Minutes from 2020 Cannon County Commissioners Meetings',
    'Meeting Recordings 会议记录',
    '会议记录（全）',
    'agenda for these minutes',
    'october 21, 2013 minutes',
    // A heading run on into the particulars under it, a street address on its line.
    'Church Working Group Meeting: Minutes Date: Thursday 23 April',
    '1250 Union Road Minutes #2016-08',
    // A status and the mark alone; a browser's print header; a title run on into a sentence.
    'Approved minutes',
    'Redacted minutes*',
    'Minutes, etc.',
    '7/30/2019 Minutes of Deliberation',
    'Minutes of the Shuswap Spinners and Weavers May 3, 2010. 14 members present',
    'This is a draft. The minutes have not yet been approved by the Executive Board.',
  ])('doubts %s', (t) => expect(titleDoubted(t)).toBe(true));

  it.each(['Minutes of the Ordinary Meeting of Council held on 3 March 2014', '县长办公会议纪要', '八十八學年度第一次圖書諮詢委員會會議記錄', 'Board of Trustees – Regular Meeting Minutes', 'Minutes of the Meeting of the Agenda and Minutes Committee', 'ember-cli Meeting Notes - 2016-09-15', 'Minutes of the Road Safety Committee held on 3 May 2015', 'Minute of A.G.M. Held in the Pavilion', 'Minutes of the Meeting of St. Mary’s Parish Council held on 3 May 2015', '10/12/21 Annual meeting'])(
    'trusts %s',
    (t) => expect(titleDoubted(t)).toBe(false),
  );
});

describe("a file's name standing for the title", () => {
  it.each(['meeting-minutes', 'FATE-sigInterOP-minutes-20220316', '1 LPN August 18-19_ 2010 Board Meeting Minutes The Georgia Board by liwenting', 'GLOUCESTERSHIRE HOSPITALS NHS FOUNDATION TRUST MINUTES OF THE AUDIT by SayreW'])('%s is doubted', (t) => {
    expect(titleDoubted(t)).toBe(true);
  });
  it.each(['Minutes of the Co-operative Board', 'Board Meeting Minutes – 3 Oct 2018', 'Minutes prepared by Ann Lowe', 'Minutes of the Meeting chaired by Councillor'])('%s is not', (t) => {
    expect(titleDoubted(t)).toBe(false);
  });
});

describe('an item on minutes, a site\'s words about its papers, a year\'s heading or a form\'s key where the title was looked for', () => {
  it.each([
    'Approval of September minutes with changes from treasurer to president’s report',
    'Minutes Approved at 11:10 AM',
    'Latest Minutes Available: February 2020',
    'Printable Version Of Unofficial Minutes',
    'Archived Council Meeting Minutes',
    'Print Minutes Minutes Packet Return',
    '2011 Meeting Minutes',
    'Meeting Minutes 2009',
    'Topic:   Minutes from the regular Graduate Council Meeting of November 26, 2002',
  ])('doubts %s', (t) => expect(titleDoubted(t)).toBe(true));

  it.each(['Minutes of the Annual Meeting 2019 of the Guild', 'Approved Minutes of the Board of Trustees', 'Minutes of the Planning Board, 2011', 'Minutes of the Council held at 7:30 pm'])('trusts %s', (t) =>
    expect(titleDoubted(t)).toBe(false),
  );
});
