import { describe, expect, it } from 'vitest';
import { findPresider } from './people';

describe('the chair who called the meeting to order, named after a post of several words', () => {
  it.each([
    ['The meeting was called to order by Board of Finance Chair Christopher Santucci at 7:03 pm.', 'Christopher Santucci'],
    ['The meeting was called to order by Board Chair Christopher Santucci at 7:03 pm.', 'Christopher Santucci'],
    ['The meeting was called to order by Planning Board Chairman Ann Lee.', 'Ann Lee'],
  ])('%s', (text, name) => expect(findPresider(text, 'en')?.name).toBe(name));

  it('takes no words of the sentence for the name', () => {
    expect(findPresider('The meeting was called to order by the Board at 7 pm.', 'en')?.name ?? null).not.toBe('meeting was');
  });
});
