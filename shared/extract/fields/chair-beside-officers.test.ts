import { describe, expect, it } from 'vitest';
import { extractFromText } from '../index';

const record = (...lines: string[]) => ['Eastby Village Hall Trust – Committee Meeting, 6 November 2008', 'Present: Trevor Roberts, Bryan Rothwell, Ann Lee, Tom Ng', ...lines, '5. The hall hire fees were agreed.'].join('\n');

describe('a chair named beside the other officers', () => {
  it('is a reading: the chair elected may not be the one who chaired', () => {
    const d = extractFromText(record('4. Election of Officers', 'Chairman: Trevor Roberts', 'Vice-Chairman: Bryan Rothwell', 'Secretary: Ann Lee'));
    expect(d.presider).toBe('Trevor Roberts');
    expect(d.fields.presider?.confidence).toBeLessThan(0.9);
  });

  it('stays sure under a chair label alone', () => {
    const d = extractFromText(record('Chairman: Trevor Roberts', '4. Matters arising'));
    expect(d.presider).toBe('Trevor Roberts');
    expect(d.fields.presider?.confidence).toBeGreaterThanOrEqual(0.9);
  });
});
