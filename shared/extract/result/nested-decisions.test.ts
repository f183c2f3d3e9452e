import { describe, expect, it } from 'vitest';
import { withoutNested } from './nested-decisions';

const at = (text: string, start: number, assignees: string[] = []) => ({ text, start, end: start + text.length, assignees });

describe('one motion read alone and again with the sentence after it', () => {
  const motion = 'Susan moved and Hal seconded a motion to approve the May minutes.';

  it('keeps the motion alone where the longer reading adds only its outcome', () => {
    const ds = [at(motion, 10), at(`${motion} They were unanimously approved.`, 10)];
    expect(withoutNested(ds).map((d) => d.text)).toEqual([motion]);
  });

  it('keeps the next motion as its own decision, with its own owners', () => {
    const next = 'A motion was made by James Boudreaux, seconded by Mitchel Kelley, and carried to pay the bills.';
    const ds = [at(motion, 10, ['Susan']), at(`${motion} ${next}`, 10, ['Susan', 'James Boudreaux'])];
    const out = withoutNested(ds);
    expect(out.map((d) => d.text)).toEqual([motion, next]);
    expect(out[1].assignees).toEqual(['James Boudreaux']);
    expect(out[1].end - out[1].start).toBe(next.length);
  });

  it('leaves decisions that only overlap or stand apart', () => {
    const ds = [at(motion, 10), at('The board agreed to buy a new mower for the park.', 200), at('Moved to approve the May minutes as printed and read.', 12)];
    expect(withoutNested(ds)).toEqual(ds);
  });
});
