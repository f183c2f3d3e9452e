import { describe, expect, it } from 'vitest';
import { extractFromText } from '../index';

const outline = ['City of Buena Park', 'Tuesday, June 24, 2025, 5:00 PM', '1. GENERAL', '1.A. CALL TO ORDER', '1.B. ROLL CALL', '1.C. INVOCATION', '1.D. PLEDGE OF ALLEGIANCE', '2. PRESENTATIONS', '2.A. TEACHER OF THE YEAR RECOGNITION', '3. ORAL COMMUNICATIONS', '4. CONSENT CALENDAR', '4.A. RESOLUTIONS APPROVING CLAIMS AND DEMANDS', '4.B. TREASURER’S REPORT FOR THE MONTH OF MAY 2025'];

describe('an outline of headings with nothing under them', () => {
  it('is an agenda, not minutes', () => {
    const d = extractFromText(outline.join('\n'));
    expect(d.isMinutes).toBe(false);
    expect(d.reason).toMatch(/agenda/);
  });
  it('the same headings with what happened under them are minutes', () => {
    const d = extractFromText([...outline.slice(0, 5), 'Present: Mayor Joyce Ahn, Vice Mayor Lamiya Hoque and Council Members Susan Sonne and Jose Trinidad Castaneda.', ...outline.slice(5), 'The consent calendar was approved on a motion by Council Member Sonne, seconded by Vice Mayor Hoque. Motion carried 4-0.'].join('\n'));
    expect(d.isMinutes).toBe(true);
  });
  it('is an agenda still where its items name the last minutes and the site adds a line or two of its own', () => {
    const page = [
      'Board Meeting #12',
      'Tuesday, April 26, 2011',
      '6:00 p.m.',
      'Council Chambers',
      'Centre for Education',
      'To watch the April 26, 2011 board meeting webcast, visit the board page',
      '• Click here to listen to Part 2 of the board meeting.',
      'Disposition of the items from the April 26, 2011 board meeting',
      '• Minutes of the April 26, 2011 board meeting.',
      '1. O Canada',
      '2. Roll Call',
      '3. Communications from the Board Chair',
      '4. Communications from the Superintendent of Schools',
      '5. Minutes',
      '6. Comments from the Public and Staff Group Representatives',
      '7. Motion re Deferral of Approval of the 2012-2013 School Year Calendar',
      '8. District Three-Year Capital Plan 2012-2015',
      '9. Notices of Motion',
      '10. Adjournment',
      'For further information, contact the Board Office at 780-429-8021.',
    ].join('\n');
    const d = extractFromText(page);
    expect(d.isMinutes).toBe(false);
    expect(d.reason).toMatch(/agenda/);
  });
});
