import { describe, expect, it } from 'vitest';
import { extractFromText } from '../index';

const record = (para: string) =>
  extractFromText(['Minutes of the General Body Meeting held on August 20, 2023', '', 'Present: Mr A Samaddar, Mr B Roy.', '', para, '', 'The accounts were adopted.'].join('\n')).decisions.map((d) => d.text);

describe('"… was passed" as an outcome', () => {
  it('is a decision at the end of a paragraph', () => {
    expect(record('The President’s Report had been circulated. Mr Samaddar mentioned its salient points. The report was passed unanimously.')).toContain('The report was passed unanimously.');
  });

  it('is none where something was handed on', () => {
    expect(record('The letter from the bank was passed on to the treasurer.')).toEqual(['The accounts were adopted.']);
  });
});

describe('a motion’s vote told after it', () => {
  it('"All agreed, the Resolution was passed." is no decision of its own', () => {
    const got = record('It was proposed by Cllr Deptford and seconded by Cllr Campion that this meeting continues as a virtual meeting. All agreed, the Resolution was passed.');
    expect(got.filter((t) => t.includes('Resolution was passed'))).toEqual([]);
    expect(got.some((t) => t.includes('virtual meeting'))).toBe(true);
  });
});

describe('a subject with a financial year or a date', () => {
  it('"The annual accounts for 2018/19 were agreed" is an outcome', () => {
    expect(record('The annual accounts for 2018/19 were agreed and are to be sent on to the internal auditor.')).toContain('The annual accounts for 2018/19 were agreed and are to be sent on to the internal auditor.');
  });

  it('"The minutes of 12/03/2019 were approved" is an outcome', () => {
    expect(record('The minutes of 12/03/2019 were approved.')).toContain('The minutes of 12/03/2019 were approved.');
  });
});
