import { describe, expect, it } from 'vitest';
import { findAssignees } from './assignees';
import { zhNameFrom } from './people';

// A person named before a title that has its own prefix (常务副会长, 代理主任, 執行長): the name alone.
describe('a name before a prefixed title', () => {
  it.each([
    ['蒲彩林常务副会长', '蒲彩林'],
    ['王明代理主任', '王明'],
    ['李四執行長', '李四'],
    ['陈红常务副主席', '陈红'],
  ])('%s → %s', (phrase, name) => {
    expect(zhNameFrom(phrase)).toBe(name);
  });
  it('names each person work is given to', () => {
    expect(findAssignees('由唐博会长和蒲彩林常务副会长负责选址。', 'zh').map((f) => f.name)).toEqual(['唐博会长', '蒲彩林']);
    expect(findAssignees('由陈红常务副主席牵头筹备年会。', 'zh').map((f) => f.name)).toEqual(['陈红']);
  });
  it('leaves a title alone as no name', () => {
    expect(zhNameFrom('常务副会长')).toBeNull();
  });
});
