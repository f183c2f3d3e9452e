import { describe, expect, it } from 'vitest';
import { findPresider } from './people';
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
