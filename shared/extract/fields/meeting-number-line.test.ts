import { describe, expect, it } from 'vitest';
import { extractFromText } from '../index';

const page = (line: string) => `Draft Minutes of Annual Ordinary Parish Council meeting 9th May 2016\n\n${line}\n\nPresent: Cllrs M Cain, Mrs L Williams, J Evans\n\n1. Election of Chairman. Cllr M Cain was elected.\n`;

describe('a meeting’s number on a header line of its own', () => {
  it.each(['Mtg No: 12', 'Meeting No. 12', 'Meeting No. : 12'])('%s gives the document number, the number under its label', (line) => {
    expect(extractFromText(page(line)).docNumber).toBe('12');
  });
  it('leaves a line numbering something else alone', () => {
    expect(extractFromText(page('Meeting Room 12')).docNumber).toBeNull();
  });
});
