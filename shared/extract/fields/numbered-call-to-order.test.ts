import { describe, expect, it } from 'vitest';
import { findPresider } from './people';

describe('the chair who opened the meeting, told on a numbered line or in an absolute phrase', () => {
  it.each([
    ['2. Martens called the meeting to order at 11:50 AM. Martens had everyone introduce themselves.', 'Martens'],
    ['3. Mayor Ann Lee called the meeting to order at 7 pm.', 'Ann Lee'],
    ['The Board met in regular session with Chairman Paul Mathews calling the meeting to order at 10:22.', 'Paul Mathews'],
  ])('%s', (text, name) => expect(findPresider(text, 'en')?.name).toBe(name));

  it('reads no item heading as the chair', () => {
    expect(findPresider('2. Approval of the agenda. The agenda was approved.', 'en')?.name ?? null).toBeNull();
  });
});
