import { describe, expect, it } from 'vitest';
import { cleanEnPerson, readEnAttendance } from './people';

describe('an initial run into a surname with an inner capital', () => {
  it('is a name ("P.McCrossan", "J.DeVries")', () => {
    expect(cleanEnPerson('P.McCrossan').name).toBe('P.McCrossan');
    expect(cleanEnPerson('J.DeVries').name).toBe('J.DeVries');
  });

  it('stays in its roll', () => {
    expect(readEnAttendance('P.Rudzinski, J.Wright, P.McCrossan, J.Hanratty').names).toEqual(['P.Rudzinski', 'J.Wright', 'P.McCrossan', 'J.Hanratty']);
  });
});
