import { describe, expect, it } from 'vitest';
import { extractFromText } from '../index';

describe('an attendance list parted by a semicolon, under its label', () => {
  it('reads every name, not the line as one person', () => {
    const text = ['Minutes of the Parish Council Meeting held on Wednesday 9th March 2016', '', 'Present:', 'Councillor Neil Walters (Chairman); Councillors Janet Ivison, Anne Reece and John Westwood.', '', '1/16 To receive and accept APOLOGIES FOR ABSENCE', 'No interests were declared.'].join('\n');
    const d = extractFromText(text);
    expect(d.attendees).toEqual(['Neil Walters', 'Janet Ivison', 'Anne Reece', 'John Westwood']);
    expect(d.presider).toBe('Neil Walters');
  });
});
