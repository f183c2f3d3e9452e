import { describe, expect, it } from 'vitest';
import { parseLabel } from './labels';
import { extractFromText } from '../index';

describe('a roll head closed by a full stop, its names after it on the line', () => {
  it('is an attendance or absence label ("Attendance. A, B", "Apologies. C, D")', () => {
    expect(parseLabel('Attendance. P.Rudzinski, J.Wright, J.Hanratty')).toMatchObject({ kind: 'attendance', value: 'P.Rudzinski, J.Wright, J.Hanratty' });
    expect(parseLabel('Apologies. E.Paxton, D.Mitchell')).toMatchObject({ kind: 'absence', value: 'E.Paxton, D.Mitchell' });
  });

  it('is not a sentence after the word', () => {
    expect(parseLabel('Present. The chair said the hall was booked.')).toBeNull();
    expect(parseLabel('Attendance. Numbers continue to increase, slowly.')).toBeNull();
  });

  it('gives the roll of a numbered record', () => {
    const d = extractFromText(['Eastby Harriers Committee Meeting', 'Friday 16th September 2022 – Minutes', '  1. Attendance. P.Rudzinski, J.Wright, J.Hanratty', '  2. Apologies. E.Paxton, D.Mitchell', '  3. Minutes of previous Meeting. The minutes were read and accepted as correct, moved by J.Wright and seconded by J.Hanratty.'].join('\n'));
    expect(d.attendees).toEqual(['P.Rudzinski', 'J.Wright', 'J.Hanratty']);
  });
});
