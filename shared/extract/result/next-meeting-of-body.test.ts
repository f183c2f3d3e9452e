import { describe, expect, it } from 'vitest';
import { extractFromText } from '../index';

const NOTICE = [
  'Meeting of the Eastby Rail User Group',
  'The next meeting of the Eastby, Westby and Northby Rail User Group will be on Wednesday 2nd December 2015 starting at 7pm in the Community Room.',
  'Eastby Rail User Group',
  '2 December 2015, 7 for 7:30-9:00',
  'Sheltered Housing Community Room, Elin Way, Eastby',
  '1. Welcome and apologies',
  '2. Minutes of previous meeting',
  '3. Station updates',
  '4. Mural: art supplies to be given to the Youth Club and mural produced off-site',
  '5. AOB',
].join('\n');

describe('a notice naming the body whose next meeting it announces', () => {
  it('is no record ("The next meeting of the … Group will be on …")', () => {
    const d = extractFromText(NOTICE);
    expect(d.isMinutes).toBe(false);
    expect(d.isMinutes ? '' : d.reason).toMatch(/still to be held/);
  });

  it('reads no roll from the venue line under its heading', () => {
    const d = extractFromText(NOTICE.replace('The next meeting of the Eastby, Westby and Northby Rail User Group will be on', 'We met on'));
    expect(d.attendees ?? []).not.toContain('Elin Way');
  });

  it('leaves a record that names its next meeting', () => {
    const d = extractFromText(['Eastby Rail User Group minutes, 2 December 2015', 'Present: Ann Lee, Raj Patel, Tom Ng', '1. The minutes were approved.', '2. Raj to write to the rail company about the shelter.', 'The next meeting of the Eastby Rail User Group will be on 6 January 2016.'].join('\n'));
    expect(d.isMinutes).toBe(true);
  });
});
