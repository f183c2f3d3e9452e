import { describe, expect, it } from 'vitest';
import { extractFromText } from '../index';

const texts = (page: string) => extractFromText(page).decisions.map((d) => d.text.slice(0, 12));

/** Numbered items telling the meeting's acts with no subject: the ones that decide, or state an outcome, are decisions. */
const TOLD_ACTS: [string, string[]][] = [
  [
    '药事委员会会议纪要\n2016年4月18日，委员会召开会议，会议由副院长王某主持。\n一、药剂科汇报了2015年药品采购情况。\n二、讨论了新申购药品。会议逐个讨论，最终同意31个药品购进。\n三、修订了我院抗菌药物分级管理目录。\n四、说明了其他事宜。',
    ['讨论了新申购药品。会议逐个', '修订了我院抗菌药物分级管理'],
  ],
  [
    '第三党支部会议纪要\n2021年5月6日，支部书记李某主持召开支委会。\n1、传达了上级会议精神。\n2、讨论了发展党员工作，最终确定张某为发展对象。\n3、制定了下半年学习计划。',
    ['讨论了发展党员工作，最终确定', '制定了下半年学习计划。'],
  ],
  [
    '協會理事會會議紀要\n2019年3月2日，理事長陳某主持召開理事會。\n一、聽取了秘書處工作報告。\n二、修訂了會員管理辦法。\n三、增補了兩名理事。',
    ['修訂了會員管理辦法。', '增補了兩名理事。'],
  ],
];

/** Topics printed as headings, the outcome (a vote counted, an agreement) under each: each heading is a decision. */
const HEADED: [string, string[]][] = [
  [
    '宿舍自治會會議記錄\n時間：民國九十六年三月二日\n主持人：吳某\n討論事項：\n一、宿舍裝設新監視器案\n1. 舉手投票贊成裝設\n二、後門門禁案\n1. 投票表決結果如下：\n甲、是：39票\n三、派信問題：\n1. 每週固定交換信件',
    ['宿舍裝設新監視器案', '後門門禁案', '派信問題'],
  ],
  [
    '业主委员会会议记录\n时间：2020年6月1日\n主持人：刘某\n讨论事项：\n一、停车收费调整事项\n1. 投票结果：每月200元，15票；每月150元，4票。\n二、电梯维修问题\n1. 动用维修基金：赞成12票，反对1票。\n三、绿化养护\n1. 下次再议。',
    ['停车收费调整事项', '电梯维修问题', '绿化养护'],
  ],
];

/** What shares the form: items that only report, headings with nothing decided under them. */
const NONE = [
  '工作例会会议纪要\n2016年4月18日，办公室召开例会，主任王某主持。\n一、汇报了上月工作情况。\n二、说明了其他事宜。\n三、通报了考勤情况。',
  '社团会议记录\n时间：2020年6月1日\n主持人：刘某\n讨论事项：\n一、活动场地问题\n1. 大家发表意见，各有看法。\n二、经费问题\n1. 财务介绍收支情况。',
];

describe('numbered topics told as acts or as headings', () => {
  it.each(TOLD_ACTS.map(([t, d], i) => [i, t, d] as const))('acts told %i', (_, text, want) => {
    expect(texts(text)).toEqual(want.map((w) => w.slice(0, 12)));
  });
  it.each(HEADED.map(([t, d], i) => [i, t, d] as const))('headed topics %i', (_, text, want) => {
    expect(texts(text)).toEqual(want.map((w) => w.slice(0, 12)));
  });
  it.each(NONE.map((t, i) => [i, t]))('nothing decided %i', (_, text) => {
    expect(texts(text)).toEqual([]);
  });
});
