import { describe, expect, it } from 'vitest';
import { itemMarkAt } from './item-numbers';

describe('an item number read where it stands', () => {
  it('reads each style, its value and its mark', () => {
    expect(itemMarkAt('议题。十二、增设路灯', 3)).toMatchObject({ style: 'cn', value: 12, sep: '、', end: 6 });
    expect(itemMarkAt('7. 审议预算', 0)).toMatchObject({ style: 'arabic', value: 7 });
    expect(itemMarkAt('伍 、临时动议', 0)).toMatchObject({ style: 'formal', value: 5, end: 3 });
  });
  it('takes no figure for an item, and reads only the styles asked for', () => {
    expect(itemMarkAt('4.8万元', 0)).toBeNull();
    expect(itemMarkAt('6.5%', 0)).toBeNull();
    expect(itemMarkAt('叁、散会', 0, ['cn', 'arabic'])).toBeNull();
  });
});
