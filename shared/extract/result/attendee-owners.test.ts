import { describe, expect, it } from 'vitest';
import { attendeeOwners } from './attendee-owners';
import { extractFromText } from '../index';

const en = ['Priya Shah', 'Tomas Berg', 'Lena Ortiz', 'okafor'];
const zh = ['陈思远', '林晓', '赵一鸣'];

describe('an action item’s owner named only by an attendee’s name beside the task', () => {
  it.each([
    ['Priya: Re-open the ticket for the venue booking', en, ['Priya']],
    ['Tomas & Lena – Draft the sponsorship letter', en, ['Tomas', 'Lena']],
    ['Action: Lena Ortiz: chase the insurer about the renewal', en, ['Lena Ortiz']],
    ['All: Review the charter before the next call', en, ['All']],
    ['TB: update the wiki page on releases', en, ['TB']],
    ['circulate the revised budget to the treasurer (Priya)', en, ['Priya']],
    ['Book the hall for the spring fair: Tomas Berg', en, ['Tomas Berg']],
    ['okafor to open an issue about the test failures', en, ['okafor']],
    ['思远：整理本周的需求文档并提交评审', zh, ['思远']],
    ['林晓、赵一鸣：负责界面原型修改', zh, ['林晓', '赵一鸣']],
    ['发布招新海报（陈思远）', zh, ['陈思远']],
  ])('%s', (text, attendees, owners) => {
    expect(attendeeOwners(text, attendees)).toEqual(owners);
  });

  it.each([
    ['Budget: Approved as presented', en],
    ['Priya Shah: elected treasurer on a show of hands', en],
    ['Website: update the events page', en],
    ['Renew the domain (two years)', en],
    ['Priya: Re-open the ticket', []],
    ['财务：本月支出已核对', zh],
  ])('none in %s', (text, attendees) => {
    expect(attendeeOwners(text, attendees)).toBeNull();
  });

  it('fills an action list’s owners from the attendance list', () => {
    const page = [
      'Residents Forum Steering Group – Minutes',
      'Date: 14 March 2024',
      'Present: Priya Shah, Tomas Berg, Lena Ortiz',
      'Action items',
      '- Priya: Book the community hall for April',
      '- Tomas: Send the survey to all members',
    ].join('\n');
    const d = extractFromText(page);
    expect(d.isMinutes && d.decisions.map((x) => x.assignees)).toEqual([['Priya'], ['Tomas']]);
  });
});
