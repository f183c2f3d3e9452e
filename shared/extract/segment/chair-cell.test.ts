import { describe, expect, it } from 'vitest';
import { extractFromText } from '../index';
import { parseLabel } from './labels';

// A minutes form's header cells, printed without colons ("TYPE OF MEETING …", "CHAIR …", "ATTENDEES …").
describe('a form\'s chair cell with no colon', () => {
  it('names the presider when the rest of the line is a person', () => {
    expect(parseLabel('CHAIR W Goriwondo')).toMatchObject({ kind: 'presider', value: 'W Goriwondo' });
    expect(parseLabel('FACILITATOR Jo Lee')).toMatchObject({ kind: 'presider', value: 'Jo Lee' });
    const d = extractFromText(['Eastby Area Annual General Meeting Minutes', 'MINUTES MARCH 2, 2018 17:34 HALL', 'CHAIR W Goriwondo', 'ATTENDEES A Smith, B Jones, C Brown', '1. Minutes', '• The minutes were approved.'].join('\n'));
    expect(d.presider).toBe('W Goriwondo');
  });
  it('not a sentence, nor a member listed with his post in ordinary case', () => {
    expect(parseLabel('CHAIR Report on the year')).toBeNull();
    expect(parseLabel('Chairman Robert R. Hardy')).toBeNull();
  });
});
