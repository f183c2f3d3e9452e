import { describe, expect, it } from 'vitest';
import { extractFromText } from '../index';

const page = (body: string) => `Eastby PTA General Meeting Minutes April 23, 2019\nPresent: Ann Lee, Bo Tran, Cy Diaz\n\nNew Business\nBudget Line Items Amendments:\n\n${body}\n\nAdjourn: 5:38 pm\n`;

describe('a motion recorded by its mover and seconder alone', () => {
  it('is read with the proposal on the line above', () => {
    const d = extractFromText(page('To close the existing budget line item by line item as expenses are completed.\nMotion to Approve: Kelli Tarver, Second: Laura Schelle Motion Passes'));
    expect(d.decisions.map((x) => x.text)).toEqual(['To close the existing budget line item by line item as expenses are completed. Motion to Approve: Kelli Tarver, Second: Laura Schelle Motion Passes']);
  });
  it('is read with the sentence before it on its line', () => {
    const d = extractFromText(page('We present a balanced budget of $92,500 of income and expenses. Motion to Approve: Chelsi Word; Second: Laura Schelle Motion Passes'));
    expect(d.decisions[0]?.text).toMatch(/^We present a balanced budget/);
  });
  it('keeps a heading above as no part of it', () => {
    const d = extractFromText(page('Motion to Approve: Kelli Tarver, Second: Laura Schelle Motion Passes'));
    expect(d.decisions.map((x) => x.text)).not.toContainEqual(expect.stringMatching(/^Budget Line Items/));
  });
});
