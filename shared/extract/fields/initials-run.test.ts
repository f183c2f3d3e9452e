import { describe, expect, it } from 'vitest';
import { commaInitialsRun } from './initials-run';
import { extractFromText } from '../index';

describe('a roll of initials and surnames typed without commas', () => {
  it('parts each person at the next initial', () => {
    expect(commaInitialsRun('P Vogel G Thatcher S Johnston R Watts W Luxton clerk')).toBe('P Vogel, G Thatcher, S Johnston, R Watts, W Luxton clerk');
  });

  it('leaves one or two names with their initials whole', () => {
    expect(commaInitialsRun('J R Smith')).toBe('J R Smith');
    expect(commaInitialsRun('A Reed B Sand')).toBe('A Reed B Sand');
    expect(commaInitialsRun('Ann Reed Bob Sand Cy Dunn')).toBe('Ann Reed Bob Sand Cy Dunn');
  });

  it('reads the roll of a parish council’s planning meeting', () => {
    const text = ['MINUTES OF PLANNING MEETING HELD IN THE VILLAGE HALL', 'ON WEDNESDAY FEBRUARY 8TH 2006 AT 8PM', 'Councillors present: P Vogel G Thatcher S Johnston R Watts W Luxton clerk', '62 Apologies of absence from Cllr S Cottle.', '63 Planning application received from Mr C Hancock. Councillors recommended that permission should be granted. All present agreed.'].join('\n');
    expect(extractFromText(text).attendees).toEqual(['P Vogel', 'G Thatcher', 'S Johnston', 'R Watts', 'W Luxton']);
  });
});
