import { describe, expect, it } from 'vitest';
import { readEnAttendance } from './people';

// Two people sharing the chair, marked once with the plural ("(Co-chairs)", "(Joint Chairs)"): one of them
// presided, and both attended.
describe('co-chairs marked once after the pair', () => {
  const lists = [
    'Antonia Gross/Chris Smith (Co-chairs), Linsey Macdonald (Secretary), Liz Smith',
    'Antonia Gross and Chris Smith (Co-chairs), Linsey Macdonald (Secretary), Liz Smith',
    'Liz Smith, Antonia Gross / Chris Smith (co-chairs), Linsey Macdonald',
    'Antonia Gross/Chris Smith (Joint Chairs), Linsey Macdonald, Liz Smith',
  ];
  for (const list of lists) {
    it(list, () => {
      const r = readEnAttendance(list);
      expect(['Antonia Gross', 'Chris Smith']).toContain(r.chair);
      expect(r.names).toEqual(expect.arrayContaining(['Antonia Gross', 'Chris Smith', 'Linsey Macdonald', 'Liz Smith']));
    });
  }
});
