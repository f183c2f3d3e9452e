import { describe, expect, it } from 'vitest';
import { extractFromText } from '../index';

describe('work taken on by someone named with an aside', () => {
  it('"Mr President (Oscar) promised to …" is a task, as "X offered to …" is', () => {
    const text = [
      'Alumni Association Google Meet Held on Sunday, 21-01-2024',
      'Meeting started at 04:10pm.',
      'On the Issue of Caps',
      '• Mr President (Oscar) promised to produce more caps before Easter so members will pick at production cost.',
      '• Maxwell talked about other means of identification.',
      '• Robert (VE3BE) offered to help the new Treasurer in the transition.',
    ].join('\n');
    const texts = extractFromText(text).decisions.map((d) => d.text);
    expect(texts).toEqual(expect.arrayContaining([expect.stringMatching(/^Mr President \(Oscar\) promised to produce/), expect.stringMatching(/^Robert \(VE3BE\) offered to help/)]));
    expect(texts).not.toContainEqual(expect.stringMatching(/^Maxwell talked/));
  });
});
