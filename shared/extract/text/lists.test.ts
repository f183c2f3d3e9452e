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

describe('a 和 inside one body name', () => {
  it('keeps 市自然资源和规划局 whole, and still splits two bodies or two people', () => {
    expect(splitList('市住建局、市自然资源和规划局、市交通运输局')).toEqual(['市住建局', '市自然资源和规划局', '市交通运输局']);
    expect(splitList('县水利局和县气象局')).toEqual(['县水利局', '县气象局']);
  });
});
