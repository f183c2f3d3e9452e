/**
 * A record's numbered topics told without a decision section or an outcome in the meeting's voice,
 * read where nothing else was (the labels' rule: where the minutes record per-topic outcomes, each
 * topic is one decision):
 * - items telling the meeting's acts with the subject left out ("二、讨论了新申购药品。会议对…逐个讨论，
 *   最终同意…", "三、修订了我院抗菌药物分级管理目录。"): those whose act is itself an outcome, or
 *   that state one, are decisions; a report heard ("药剂科汇报了…", "说明了其他事宜") is not;
 * - topics printed as headings with their outcome under them ("一、宿舍裝設新監視器案" over its vote
 *   counted): each heading is one decision, once most of them carry an outcome below.
 */
import { alt } from '../lexicon/build';
import { ZH_TOLD_ITEMS, ZH_TOPIC_HEADS } from '../lexicon/zh';

interface Item {
  text: string;
  lines: { text: string }[];
}

const OPENS = new RegExp(`^(?:${alt(ZH_TOLD_ITEMS.opens)})(?:并|並)?了`);
const DECIDES = new RegExp(`^(?:${alt(ZH_TOLD_ITEMS.decide)})(?:并|並)?了`);
const STATES = new RegExp(alt(ZH_TOLD_ITEMS.outcome));
/** A heading alone on its line: short, no sentence in it, ending on a topic's word or a colon. */
const HEADING = /^[^。；;，,！？!?]{2,32}$/;
const HEAD_END = new RegExp(`(?:${alt(ZH_TOPIC_HEADS.ends)})[：:]?$`);
const BELOW = new RegExp(alt(ZH_TOPIC_HEADS.outcome));

/** Items telling acts with no subject, at least half of them so: the ones that decide. */
function toldActs<T extends Item>(items: T[]): T[] {
  const told = items.filter((b) => OPENS.test(b.text.trim()));
  if (told.length < 2 || told.length * 2 < items.length) return [];
  return told.filter((b) => DECIDES.test(b.text.trim()) || STATES.test(b.text));
}

/** The item's first line: a heading's own text. */
const headOf = (b: Item) => b.text.split('\n')[0].trim();

/** Topics printed as headings, each with lines under it, most with an outcome there (one at least ending on 案/问题): each heading alone. */
function headedTopics<T extends Item>(items: T[]): T[] {
  if (items.length < 2) return [];
  const heads = items.filter((b) => b.lines.length >= 2 && HEADING.test(headOf(b)));
  if (heads.length !== items.length || !heads.some((b) => HEAD_END.test(headOf(b)))) return [];
  const decided = heads.filter((b) => BELOW.test(b.lines.slice(1).map((l) => l.text).join('\n')));
  return decided.length * 2 > heads.length ? heads.map((b) => ({ ...b, text: headOf(b).replace(/[：:]$/, '') })) : [];
}

/** The numbered topics that are decisions by either telling, or none. */
export function toldTopics<T extends Item>(items: T[]): T[] {
  const acts = toldActs(items);
  return acts.length ? acts : headedTopics(items);
}
