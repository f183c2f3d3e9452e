import { describe, expect, it } from 'vitest';
import { extractFromText } from '../index';

const record = (head: string) => [head, '', 'Date: 11-15-2021', 'Location: Ambulance Station', 'Roll Call: All present', 'Approve Agenda: A motion was made by Boyle to approve the agenda, seconded by Moore, 6 ayes, 0 nays, motion carried.'].join('\n');

describe("a letterhead's address after the body", () => {
  it('is no part of the body', () => {
    expect(extractFromText(record('Cedar County Ambulance District, 319 Englewood, Stockton MO  65785')).issuer).toBe('Cedar County Ambulance District');
  });
  it('a date after the comma is no address: the line names the venue, not the body', () => {
    expect(extractFromText(record('Helping House Society , 28 March 2009')).issuer).toBeNull();
  });
});
