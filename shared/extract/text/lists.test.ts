import { describe, expect, it } from 'vitest';
import { splitList, splitCjkSpaced } from './lists';

describe('lists', () => {
  it('splits on 、，; and the joining words', () => {
    expect(splitList('县委、县人大，县政府；县政协')).toEqual(['县委', '县人大', '县政府', '县政协']);
    expect(splitList('张静和刘航空')).toEqual(['张静', '刘航空']);
    expect(splitList('the county government, and the city bureau')).toEqual(['the county government', 'the city bureau']);
  });
  it('keeps 各X及Y together', () => {
    expect(splitList('各职能部门及科室')).toEqual(['各职能部门及科室']);
  });
  it('joins single characters padded with spaces', () => {
    expect(splitCjkSpaced('黄德宝 张 静 刘航空')).toEqual(['黄德宝', '张 静', '刘航空']);
  });
});
