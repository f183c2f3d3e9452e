import { describe, expect, it } from 'vitest';
import { extractFromText } from '../index';

/**
 * A short record whose demands are counted "一要…二要…三要…" (as "一是…二是…"): one decision per
 * point, each from its 要, where nothing else is decided (fields/meeting-directives.ts).
 */
const head = ['某镇召开防汛工作会议', '6月3日,镇党委书记王建国主持召开防汛工作会议。镇领导班子、各村书记参加了会议。'];
const paragraphs = [
  '会议强调,一要压实防汛责任,各村干部要做好河道巡查工作。二要完善应急预案,备足抢险物资。三要加强值班值守,确保信息畅通。',
  '会议要求：一要摸清隐患底数,各村要逐户排查危房。二要落实转移措施,及时转移群众。',
  '会议强调，一要加强宣传引导，各村干部要入户发放宣传单。二要做好物资保障。三要强化督查问责。四要及时报送信息。',
];

describe('demands counted 一要, 二要, …', () => {
  it.each(paragraphs)('each point is a decision: %s', (p) => {
    const d = extractFromText([...head, p].join('\n'));
    const points = p.match(/[一二三四]要/g) ?? [];
    expect(d.decisions.map((x) => x.text.slice(0, 1))).toEqual(points.map(() => '要'));
    expect(d.decisions).toHaveLength(points.length);
  });
});
