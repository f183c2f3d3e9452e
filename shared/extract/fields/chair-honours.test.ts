import { describe, expect, it } from 'vitest';
import { readEnAttendance } from './people';

// Honours printed after a name and before the chair's mark ("Richard Creary, JP (Chairperson)") belong
// to the name: the chair is the person, and the honour is no attendee.
describe('honours between a name and the chair’s mark', () => {
  const cases: [string, string][] = [
    ['Richard Creary, JP (Chairperson), Doreen Hutchinson, JP, Germaine Smiley', 'Richard Creary'],
    ['Dr. Mary Jones, PhD (Chair), Alan Brown, Liz Smith', 'Mary Jones'],
    ['Alan Brown, Lee Chi Wai, BBS, JP (Chairman), Liz Smith', 'Lee Chi Wai'],
    ['Cllr Ann Hope, OBE (Presiding), Cllr Alan Brown', 'Ann Hope'],
  ];
  for (const [list, chair] of cases) {
    it(list, () => {
      const r = readEnAttendance(list);
      expect(r.chair).toBe(chair);
      expect(r.names).toContain(chair);
      expect(r.names.some((n) => /^(?:JP|PhD|BBS|OBE)$/.test(n))).toBe(false);
    });
  }
});
