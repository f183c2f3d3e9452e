import { describe, expect, it } from 'vitest';
import { extractFromText } from '../index';

describe('"Others:" and "Visitors:" after a roll', () => {
  it('adds the others named after the board members present', () => {
    const text = '# OBF Board meeting\n\nJune 23, 2005, Detroit\n\n- Board members present: Chris, Hilmar, Ewan, Andrew\n- Others: Jason Stajich\n\n### Treasurer report\n\nHilmar proposes to increase the board by one. Chris seconded. Motion passed by unanimous consent.\n';
    expect(extractFromText(text).attendees).toEqual(['Chris', 'Hilmar', 'Ewan', 'Andrew', 'Jason Stajich']);
  });

  it('reads no roll from a page’s own "others" alone on a line', () => {
    const text = 'Minutes of the Fourteenth Meeting of the Governing Body\nDate: 30.09.2020\n  • Upload\n    others\n\n  • View\n    1\n\n1. The Governing Body approved the budget for 2020-21.\n2. The Governing Body approved the appointment of the Registrar.\n';
    expect(extractFromText(text).attendees).not.toContain('View');
  });
});

describe('a roll mixing lone words and full names', () => {
  it('is a reading to check: a name may have been split over lines', () => {
    const text = 'Fourth Meeting of the Planning Team\nHeld in the Bay Hotel on Friday, 29th May 2009.\nPresent:\nTommy and\nJames Sheehy,\nChristie\nSlattery\n\n1. It was agreed to hold the parade on 4 July.\n';
    const d = extractFromText(text);
    expect(d.fields.attendees?.confidence ?? 0).toBeLessThan(0.9);
  });
});
