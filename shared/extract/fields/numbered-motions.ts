/**
 * A motion opened by a discussion item's number ("討論一：本會理事長…擬訂定…", "讨论二、关于…"), then its
 * "說明：" and "決議：" lines: the numbered head is the motion, as "提案一：" is. Bare "討論：" opens any
 * discussion, so only the numbered form counts.
 */
import { ZH_NUMBERED_MOTION_HEADS } from '../lexicon/zh';
import { spacedWords } from './spaced-labels';

/** Regex source (no anchors) of a numbered discussion head, its separator left to the caller. */
export const NUMBERED_MOTION_HEAD = `${spacedWords(ZH_NUMBERED_MOTION_HEADS)}[一二三四五六七八九十\\d]{1,3}`;

/** A line opening such a motion: "討論一：…", "讨论二、…". */
export const NUMBERED_MOTION_LINE = new RegExp(`^${NUMBERED_MOTION_HEAD}[ \\u3000]{0,2}[：:、.．]`);
