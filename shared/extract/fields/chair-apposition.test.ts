import { describe, expect, it } from 'vitest';
import { findPresider } from './people';
import { extractFromText } from '../index';
import { chairApposed } from './chair-apposition';

describe('the chair named before a post set off by commas', () => {
  const cases: [string, string][] = [
    ['Mr Lee Bon Leong, the "Chairman" of the Meeting, took the chair and welcomed all shareholders.', 'Lee Bon Leong'],
    ['Mr Alan Brown, the Chairman of the Society, took the chair and welcomed members.', 'Alan Brown'],
    ['Dr. Alan Brown, President of the Society, presided.', 'Alan Brown'],
    ['Alan Brown, the Chairperson, opened the meeting at 7pm.', 'Alan Brown'],
    ['Mrs Mary Jones, Vice-Chair, took the chair in the absence of the Chair.', 'Mary Jones'],
    ['Alan Brown, the Society’s President, called the meeting to order at 7.05 pm.', 'Alan Brown'],
    ['Cllr J. K. Rowe, Mayor, declared the meeting open at 6 p.m.', 'J. K. Rowe'],
  ];
  for (const [text, name] of cases) {
    it(text, () => {
      expect(findPresider(text, 'en')?.name).toBe(name);
      const hit = chairApposed(text);
      expect(hit && text.slice(hit.index, hit.index + hit.name.length)).toBe(name);
    });
  }
  it('names no one where the words before the post are not a person', () => {
    expect(chairApposed('The report, as the Chairman of the Board, presided.')).toBeNull();
    expect(chairApposed('Apologies were received, the Chair, took the chair.')).toBeNull();
    expect(chairApposed('Mr Brown, who was elected last year, presided.')).toBeNull();
  });
});

describe('the post first, then the chair and the act', () => {
  const record = (line: string) => ['Meeting of PTA Executive Committee', 'The meeting was held on 03 March 2021 at 9 a.m.', line, 'Resolved that the school reopens in April.'].join('\n');
  it.each([
    ['The Chairperson of the PTA Executive Committee, Principal Sir, Mr. Suresh Kumar Singh commenced the meeting by welcoming the members.', 'Suresh Kumar Singh'],
    ['The President, Dr. Ann Lee opened the meeting at 7 pm.', 'Ann Lee'],
  ])('%s', (line, name) => {
    expect(extractFromText(record(line)).presider).toBe(name);
  });

  it('names no one where a clause, not a name, stands before the act', () => {
    expect(extractFromText(record('The Chairman, who was late, the members present opened the meeting.')).presider).toBeNull();
  });

  it('reads "X, the Chairperson, commenced the meeting" as the other order does', () => {
    expect(extractFromText(record('Mr. Suresh Kumar Singh, the Chairperson, commenced the meeting.')).presider).toBe('Suresh Kumar Singh');
  });
});

describe('the chair named after a post in lower case, or with their body in brackets', () => {
  const record = (line: string) => ['Minutes of the Annual General Meeting 2018', 'held on Monday 11 June 2018', '1 Welcome', line, '2 Minutes', 'The minutes were approved.'].join('\n');
  it.each(['The chairman, Ken Davies, welcomed all those attending.', 'The Chairman, Ken Davies (Merseyside SFA) welcomed all those attending', 'The chairman, Ken Davies (Merseyside SFA) welcomed all those attending'])('%s', (line) => {
    expect(extractFromText(record(line)).presider).toBe('Ken Davies');
  });
  it('not a post told in passing', () => {
    expect(extractFromText(record('The report of the chairman, Ken Davies, was received.')).presider).not.toBe('Ken Davies');
  });
});
