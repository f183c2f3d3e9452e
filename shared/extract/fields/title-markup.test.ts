import { describe, expect, it } from 'vitest';
import { extractFromText } from '../index';

const enBody = 'I. Call to order. The Chair called the Board meeting to order at 7:04 p.m.\nPresent: A Smith, B Jones\nII. Motion by A Smith, seconded by B Jones, to approve the budget as presented. Motion carried.';

describe("a note page's markup around the header", () => {
  it('is no part of a dated heading line', () => {
    expect(extractFromText(`# 14 March 2021\n${enBody}`).title).toBe('14 March 2021');
  });
  it('a bulleted line under a title opens an item: the title does not run on into it', () => {
    const d = extractFromText(`# Minutes of the Meeting of the Upper Marsh Village Trust\n- Held at 7pm on Monday 5th July 2021\n- Present: A Smith, B Jones\n- 1. The Trust agreed to repair the hall roof.`);
    expect(d.title).toBe('Minutes of the Meeting of the Upper Marsh Village Trust');
  });
});

describe("a note page's markup on a header line naming the body", () => {
  it('is no part of the issuer', () => {
    const d = extractFromText(`# Upper Marsh Parish Council\n- Minutes of the Ordinary Meeting\n- Present: Cllr A Smith, Cllr B Jones\n- 1. RESOLVED that the budget be adopted. Carried.`);
    expect(d.issuer).toBe('Upper Marsh Parish Council');
  });
});
