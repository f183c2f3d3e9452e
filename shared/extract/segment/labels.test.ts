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

describe('English labels set off by a semicolon', () => {
  it('"Present ; Cllrs …" and "Apologies ; …" are labels; a sentence with a semicolon is not', () => {
    expect(parseLabel('Present ; Cllrs A Smith (Chair), B Jones')).toMatchObject({ kind: 'attendance', value: 'Cllrs A Smith (Chair), B Jones' });
    expect(parseLabel('Apologies ; Cllr D Green')?.kind).toBe('absence');
    expect(parseLabel('The hall was booked; the fee was paid')).toBeNull();
  });
});
