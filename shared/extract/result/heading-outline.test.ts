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
});
