import { describe, expect, it } from 'vitest';
import { extractFromText } from '../index';

const enItems = 'Present: Cllr A Smith, Cllr B Jones\n1. Apologies\nRESOLVED that the apologies be accepted. Carried.';

describe('an English title whose date is broken onto the next line', () => {
  it('runs on to the end of the date', () => {
    expect(extractFromText(`Minutes of the Upper Marsh Village Trust Meeting Held Thursday\n9th June 2022\n${enItems}`).title).toBe(
      'Minutes of the Upper Marsh Village Trust Meeting Held Thursday 9th June 2022',
    );
    expect(extractFromText(`Minutes of Annual Village Meeting Friday 3rd June\n2022 at 7.30pm\n${enItems}`).title).toBe('Minutes of Annual Village Meeting Friday 3rd June 2022 at 7.30pm');
  });
  it('does not take in a line that only opens with a number', () => {
    expect(extractFromText(`Minutes of the Upper Marsh Village Trust Meeting in May\n1. Apologies were received.\n${enItems}`).title).toBe('Minutes of the Upper Marsh Village Trust Meeting in May');
  });
});
