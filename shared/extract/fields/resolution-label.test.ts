import { describe, expect, it } from 'vitest';
import { extractFromText } from '../index';

// "Resolution: …" states what the meeting resolved, as "RESOLVED: …" does (W3C scribe minutes,
// club and board notes); "Resolution: Vote passed" only closes the motion above it.
const head = ['Working group call', '6 May 2022', 'Present: Ann Lee, Bob Ray, Cy Dunn', 'Chair: Ann Lee', '', 'Charter'].join('\n');

describe('a resolution under its label', () => {
  it.each([
    ['Resolution: add a label for expressions of opposition', 'add a label for expressions of opposition'],
    ['Resolution - publish the draft report on 20 May', 'publish the draft report on 20 May'],
    ['RESOLUTION: the next call is in two weeks', 'the next call is in two weeks'],
  ])('%s', (line, said) => {
    const got = extractFromText(`${head}\nBob: we could add one more label\n${line}\n`).decisions.map((d) => d.text);
    expect(got.some((t) => t.includes(said))).toBe(true);
  });

  it.each(['Resolution: Vote passed', 'Resolution: the vote passed', 'Resolution - motion passed'])('"%s" after a motion is no item of its own', (line) => {
    const got = extractFromText(`${head}\n- Vote on the motion to accept the chairs\n    - ${line}\n`).decisions.map((d) => d.text);
    expect(got).toEqual(['Vote on the motion to accept the chairs']);
  });
});
