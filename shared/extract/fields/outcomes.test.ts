import { describe, expect, it } from 'vitest';
import { linesFromText, splitRunOn } from '../linearize/lines';
import { segment } from '../segment/segment';
import { readDecisions } from './decisions';

const read = (t: string) => readDecisions(segment(splitRunOn(linesFromText(t))), null);

describe('outcomes stated inside run-on sentences, where nothing else was read', () => {
  it('a Chinese clause whose subject is the meeting’s members, read from that clause on, as a guess', () => {
    const r = read(
      [
        '某街道召开工作委员会成立大会',
        '5月8日下午，某街道召开工作委员会成立大会，街道班子成员及驻地单位负责人参加。',
        '会上宣读了《工作委员会实施方案》，向各委员颁发了聘书，同时由与会委员共同审议通过了例会、督查两项工作制度。委员代表作了表态发言。',
      ].join('\n'),
    );
    expect(r.method).toBe('loose');
    expect(r.decisions.map((d) => d.text)).toEqual(['同时由与会委员共同审议通过了例会、督查两项工作制度。']);
    expect(r.decisions[0].confidence).toBeLessThan(0.9);
  });

  it('the outcome after a means ("全员通过举手表决的方式，通过了…")', () => {
    const r = read(
      [
        '某社区召开居民议事会',
        '3月1日下午，某社区召开第一次居民议事会，议事会成员参加了会议。',
        '会议研讨了两项提案。最后全员通过举手表决的方式，通过了《社区宣传栏工程》提案。',
      ].join('\n'),
    );
    // The vote's means opens the item (fields/framed-outcome.ts): the sentence as printed, the outcome in it.
    expect(r.decisions.map((d) => d.text)).toEqual(['最后全员通过举手表决的方式，通过了《社区宣传栏工程》提案。']);
  });

  it('the members named in an earlier clause are the subject of a later verb ("会上，各位董事…，一致审议通过了…")', () => {
    const r = read(
      [
        '某集团召开董事会会议',
        '8月20日，某集团召开第三届董事会第五次会议，董事长主持会议。',
        '会上，各位董事认真研究讨论了提交本次会议审议的议案，并充分发表意见，一致审议通过了《采购管理办法》。',
      ].join('\n'),
    );
    expect(r.decisions.map((d) => d.text)).toEqual(['一致审议通过了《采购管理办法》。']);
  });

  it('another body’s decision told as background, an earlier outcome and a drawing of lots are no decision', () => {
    const r = read(
      [
        '某校家长会常务委员会会议记录',
        '时间：103年3月5日 地点：会议室 主席：王某',
        '午餐小组于会议中决议，优先使用县府提供之食材。',
        '该条例业经立法院三读通过，将协助学校设立研究学院。',
        '十、代表抽签决定席次：（另载）',
      ].join('\n'),
    );
    expect(r.decisions).toEqual([]);
  });

  it('an English resolution inside a run-on line starts at its formula; the earliest formula wins', () => {
    const r = read(
      [
        'Minutes of the Regular Meeting of Council held on 14 March 2017',
        'Present: Mayor A Smith, Councillor B Jones, Councillor C Brown',
        'Accounts for payment SECONDED: COUNCILLOR BROWN That the accounts be approved for payment',
        '',
        'Election of Vice Chair With the absence of the Vice Chair it was proposed by Councillor Jones that Councillor Brown be elected Vice Chair for the meeting, agreed to by all members present.',
      ].join('\n'),
    );
    expect(r.method).toBe('loose');
    expect(r.decisions.map((d) => d.text.slice(0, 30))).toEqual(['That the accounts be approved ', 'it was proposed by Councillor ']);
  });

  it('an outcome told at the end of a sentence keeps the whole sentence; a lost motion is none', () => {
    const r = read(
      [
        'Minutes of the Special Meeting of the Village Council, 7 January 2019',
        'Present: Hon. A Cruz (Chair), Hon. B Reyes, Hon. C Santos',
        '',
        'Request from the school: the use of the hall on 3 July for its summer fair; it was unanimously approved.',
        '',
        'A proposal to buy a new van was put and it was defeated.',
      ].join('\n'),
    );
    expect(r.decisions.map((d) => d.text)).toEqual(['Request from the school: the use of the hall on 3 July for its summer fair; it was unanimously approved.']);
  });
});

describe('an English motion in a run-on page', () => {
  it('keeps the mover named just before "moved to"', () => {
    const r = read(
      'Annual Assembly Minutes 2019 Page 1 of 9 Opening remarks were given by the Chair and the roll was called by the secretary and a quorum was declared present Dr. Lena K. Moss moved to waive the reading of the last minutes. Nobody objected.',
    );
    expect(r.decisions.map((d) => d.text)).toContain('Dr. Lena K. Moss moved to waive the reading of the last minutes.');
  });
});
