import { describe, expect, it } from 'vitest';
import { extractFromText } from '../index';

describe('a page headed as a report', () => {
  it('is an account, not minutes', () => {
    const text = [
      'School Council Report',
      '',
      'School Council last met on Wednesday 5th June (our last meeting for the semester). With the departure of Chris we welcomed our new staff rep, Emma Redmond.',
      '',
      'A summary of key points:',
      '  • Contracts for cleaning and gardening are due for renewal at the end of the year.',
      '  • Excursions approved including the Ski Programs.',
    ].join('\n');
    const d = extractFromText(text);
    expect(d.isMinutes).toBe(false);
    expect(d.reason).toMatch(/report/);
  });

  it('is still a report when its first sentence tells that the last minutes were agreed', () => {
    const text = [
      'Chairmans Report 2017',
      '',
      'Chairman’s Report: Addingham Civic Society’s AGM 18th of May 2017.',
      '',
      'Our AGM this year was uneventful and nothing untoward was raised. The minutes of the 2016 AGM were agreed with no matters arising. All the existing Officers and Trustees agreed to stand and were re-elected unanimously.',
      '',
      'Following these formalities I then gave my review of the year on behalf of the Trustees.',
    ].join('\n');
    expect(extractFromText(text).isMinutes).toBe(false);
  });

  it('is still the record under a minutes heading below it', () => {
    const text = ['Committee Report', 'Minutes of the meeting held on 4 March 2019', 'Present: Ann Lee (Chair), Bob Brown, Carol White', 'It was agreed to buy a new mower.'].join('\n');
    expect(extractFromText(text).isMinutes).toBe(true);
  });
});
