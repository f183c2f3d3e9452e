import { describe, expect, it } from 'vitest';
import { runOnItemCuts } from './run-on-items';
import { extractFromText } from '../index';

// A record run on as one line whose items count in Roman numerals is cut before each, as a count 1., 2., 3. is.
const record =
  'Board of Examiners December 9, 2013 Board Meeting Minutes 9:00 AM Conference Room A Present at Meeting: Laura Brook, Chair Robert Salm, Member Mary Finn, Member Gina Fast, Executive Director I. Call to Order LB: Called meeting to order at 9:23 AM. II. Approval of Proposed Agenda BS: Made a motion to pass the proposed agenda with flexibility. MF: Seconded. 3 Ayes. 0 Nays. Motion Carried. III. Approval of Minutes MF: Made a motion to approve the minutes from the October 7, 2013 Board meeting. BS: Seconded. 3 Ayes. 0 Nays. Motion Carried. IV. New Business A. Updates GF: Board staff published a new application with a guide and frequently asked questions for licensees.';

describe('a run-on record with items counted I., II., III.', () => {
  it('is cut before each item', () => {
    expect(runOnItemCuts(record).map((i) => record.slice(i + 1, i + 6))).toEqual(['I. Ca', 'II. A', 'III. ', 'IV. N']);
  });

  it('leaves a pronoun or a short roll of numerals in its line', () => {
    expect(runOnItemCuts('Then I. Smith spoke and II. Jones replied and III. Brown closed, all very briefly.')).toEqual([]);
  });

  it('is cut before short items whose headings are in capitals, each after the time it was taken up', () => {
    const pdf = 'HISTORIC PRESERVATION COMMISSION - Minutes REGULAR MEETING 5:15 P.M. September 11, 2013 I. 5:15—CALL TO ORDER: II. 5:15—ROLL CALL: All members present (Dan Stafford late) III. APPROVAL OF MINUTES: Approved August 14, 2013 IV. 5:20—OLD BUSINESS: A. None V. PUBLIC HEARINGS: A. None VI. WORKSHOP: A. The Commission discussed the draft plan and asked staff for a summary table of action items by due date.';
    expect(runOnItemCuts(pdf).map((i) => pdf.slice(i + 1, i + 5))).toEqual(['I. 5', 'II. ', 'III.', 'IV. ', 'V. P', 'VI. ']);
  });

  it('reads the roll that stands before the first item apart from the items', () => {
    expect(extractFromText(record).presider).toBe('Laura Brook');
  });
});
