import { describe, expect, it } from 'vitest';
import { extractFromText } from '../index';
import { findPresider, looksLikeEnName, readEnAttendance } from './people';

describe('a roll call set off by a dash, closed by "(All Present)"', () => {
  it('reads every member', () => {
    const d = extractFromText('Board of Commissioners\nLegislative Minutes\n\nAugust 6, 2020\n\nRoll Call - Jeannine Floyd, Russell Reed, Corey Davenport, Karen Ashford, Jim Bush, Greg\nMitchell, Brent Brandon, Randy Gannon, Ronnie Mahaffey. (All Present)\n\nConsent Agenda - A motion was made by Commissioner Jeannine Floyd and seconded by Commissioner Corey Davenport to approve the minutes.\nThe motion was approved by a voice vote.\n');
    expect(d.attendees).toContain('Ronnie Mahaffey');
    expect(d.attendees).toContain('Jeannine Floyd');
  });
  it('leaves the closing remark out of the last name', () => {
    expect(readEnAttendance('Randy Gannon, Ronnie Mahaffey. (All Present)').names).toEqual(['Randy Gannon', 'Ronnie Mahaffey']);
  });
});

describe('a name with a particle inside its hyphens', () => {
  it('is a name ("Muhammad Tahir-ul-Qadri"), a phrase so joined is not', () => {
    expect(looksLikeEnName('Muhammad Tahir-ul-Qadri')).toBe(true);
    expect(looksLikeEnName('Report-of-Council')).toBe(false);
  });
  it('is read as the chair "under the Chairmanship of …"', () => {
    expect(findPresider('A meeting of the Board of Governors was held today, 28th of October 2006 under the Chairmanship of Professor Dr. Muhammad Tahir-ul-Qadri, Chairman, Board of Governors.', 'en')?.name).toBe('Muhammad Tahir-ul-Qadri');
  });
});
