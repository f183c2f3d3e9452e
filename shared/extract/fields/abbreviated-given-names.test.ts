import { describe, expect, it } from 'vitest';
import { cleanEnPerson, readEnAttendance } from './people';

describe('a given name abbreviated with a full stop', () => {
  it('does not end the list ("Ma. Josephine …" in a Filipino roll)', () => {
    expect(readEnAttendance('Eileen Robleza-Chiu, Gemma Charlon-Espia, Ma. Josephine Aquino-Pleños, Victoria Balanza').names).toEqual(['Eileen Robleza-Chiu', 'Gemma Charlon-Espia', 'Ma. Josephine Aquino-Pleños', 'Victoria Balanza']);
  });

  it('is part of the name', () => {
    expect(cleanEnPerson('Ma. Clara Cruz').name).toBe('Ma. Clara Cruz');
    expect(cleanEnPerson('Wm. Smith').name).toBe('Wm. Smith');
  });
});
