import { describe, expect, it } from 'vitest';
import { parseLabel } from './labels';

describe('labels', () => {
  it('reads labels with spaces inside and distribution roles', () => {
    expect(parseLabel('出 席：关成启、王鲁豫')).toMatchObject({ kind: 'attendance', value: '关成启、王鲁豫' });
    expect(parseLabel('抄送：区委办公室')).toMatchObject({ kind: 'distribution', role: 'copy' });
    expect(parseLabel('Present: Cllr A')).toMatchObject({ kind: 'attendance' });
    expect(parseLabel('The meeting decided:')).toBeNull();
  });
});
