import { describe, expect, it } from 'vitest';
import { extractFromText } from '../index';

const senate = [
  'Faculty Senate Minutes',
  'May 5, 1999',
  'The regular monthly meeting of the Faculty Senate was called to order on May 5, 1999, at 3:00 PM by President Kenneth Williamson.',
  'Roll Call',
  'Members Absent Without Representation:',
  'Azarenko, Barth, Bird',
  'Faculty Senate Officers, Ex–Officios and Staff Present:',
  'K. Williamson, President; G. Matzke, President–Elect; M. Niess, Immediate Past President; R. Arnold, Ex–Officio.',
  'Guests of the Senate:',
  'G. Beach, S. Francis, D. Johnson',
].join('\n');

describe('roll headings in several words', () => {
  it('a group named with commas and dashes before "Present:" heads who attended; "Members Absent Without Representation:" heads the absent', () => {
    const names = extractFromText(senate).attendees;
    expect(names).toEqual(expect.arrayContaining(['K. Williamson', 'G. Matzke', 'M. Niess', 'R. Arnold']));
    expect(names).not.toContain('Azarenko');
  });
});
