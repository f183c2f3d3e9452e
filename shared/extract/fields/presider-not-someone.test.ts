import { describe, expect, it } from 'vitest';
import { withoutBarePost } from './presider-post-only';

const hit = (value: string) => ({ value, start: 0, end: value.length, confidence: 0.9 });

describe('a chair’s cell that holds no one', () => {
  it('a time, a day or month, the chair’s words or ruling are no presider', () => {
    for (const v of ['12:15~13:53', 'December', '下週', '本席宣布開會', '裁示', '2019年']) expect(withoutBarePost(hit(v), /[a-z]/i.test(v) || /\d{2}:/.test(v) ? 'en' : 'zh')).toBeNull();
  });

  it('keeps names, a radio amateur’s call sign among them', () => {
    for (const [v, lang] of [['Jake K0RQ', 'en'], ['May Lee', 'en'], ['彭渝森', 'zh'], ['吳宗榮', 'zh']] as const) expect(withoutBarePost(hit(v), lang)?.value).toBe(v);
  });
});
