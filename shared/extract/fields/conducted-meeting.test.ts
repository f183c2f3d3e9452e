import { describe, expect, it } from 'vitest';
import { findPresider } from './people';

describe('the chair as the subject of opening or conducting the meeting, after a clause naming the post', () => {
  it.each([
    ['As chairperson, Ann Lee conducted the meeting and welcomed all.', 'Ann Lee'],
    ['As the new president, Ann Lee opened the meeting, and thanked the outgoing board.', 'Ann Lee'],
    ['After the prayer, Tom Brown conducted the proceedings.', 'Tom Brown'],
  ])('%s', (line, name) => {
    expect(findPresider(line, 'en')?.name).toBe(name);
  });

  it.each([
    'After the break, the members opened the meeting to questions.',
    'The meeting was conducted in a friendly spirit.',
    'It was agreed that the secretary conducted the survey.',
  ])('names no one: %s', (line) => {
    expect(findPresider(line, 'en')).toBeNull();
  });
});
