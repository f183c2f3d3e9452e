import { describe, expect, it } from 'vitest';
import { extractFromText } from '../index';

// Small towns' clerks write the seconder as a numeral: "2nd by Dana Sloan".
describe('a motion whose seconder is written "2nd by"', () => {
  const page = (item: string) =>
    ['Town Council Meeting Minutes, June 4, 2013', 'Present: Mayor Lee, Councilwoman Emmons, Councilman Smith, Councilman Sloan', 'Mayor Lee called the meeting to order.', item, 'The meeting was adjourned at 8:10 pm.'].join('\n');

  it.each([
    ['Mutual Aid Agreement with Kershaw County was motioned by Ed Smith to accept, 2nd by Dana Sloan. Unanimous vote.', 'Mutual Aid Agreement with Kershaw County'],
    ['The budget amendment was moved by Ed Smith, 2nd by Dana Sloan. Unanimous vote.', 'The budget amendment'],
  ])('%s', (item, start) => {
    const d = extractFromText(page(item));
    expect(d.decisions.map((x) => x.text.slice(0, start.length))).toContain(start);
  });
});

// A PDF's text glues a resolution's number to the word after it: "2011/49MOTION by …".
describe('a motion with its number glued on', () => {
  it('is read as a motion told in a sentence', () => {
    const page = ['WINDSOR PUBLIC LIBRARY BOARD', 'MINUTES OF JUNE 29, 2011', 'Present: Councillor Al Maghnieh (Chair), Alex Cameron, Denny Timm', 'MINUTES', '2011/50MOTION by Councillor H. Payne, SECONDED by A. Cameron to approve the minutes of May 10, 2011. CARRIED', 'ADJOURNMENT'].join('\n');
    expect(extractFromText(page).decisions.map((x) => x.text)).toContainEqual(expect.stringContaining('MOTION by Councillor H. Payne'));
  });
});

// Councils that do not second their motions: "Moved by X to …. CARRIED".
describe('a motion moved and not seconded', () => {
  const page = (item: string) => ['SUMMER VILLAGE REGULAR COUNCIL MEETING SATURDAY, MAY 22, 2010', 'PRESENT: Mayor Brian Keeler, Deputy Mayor Bruce Fowlie, Councillor Cindy Hanson', 'Mayor Keeler called the Meeting to Order at 12:20 pm.', item, 'ADJOURNMENT'].join('\n');
  it('is a decision when carried', () => {
    expect(extractFromText(page('Res. 10-47 Moved by Deputy Mayor Fowlie to approve the agenda as presented. CARRIED')).decisions.map((x) => x.text)).toEqual(['Res. 10-47 Moved by Deputy Mayor Fowlie to approve the agenda as presented.']);
  });
  it('is none when defeated', () => {
    expect(extractFromText(page('Res. 10-48 Moved by Councillor Hanson to sell the hall. DEFEATED')).decisions).toEqual([]);
  });
});
