/**
 * An outcome whose sentence opens with how the meeting came to it: the discussion ("经讨论，会议决定采纳…",
 * "经认真研究，同意…") or the meeting taking the matter up ("会议就三个项目进行了专题审议，一致同意给予支持",
 * "会议就协会标识征求了代表意见，代表们全票通过了该方案"). The item is the whole sentence, as printed from its
 * start, not the outcome clause after the comma: the opening names what was decided.
 */
import { alt } from '../lexicon/build';
import { ZH_ACT_BODIES, ZH_DISCUSSED, ZH_VOTE_MEANS } from '../lexicon/zh';

/** "经讨论，", "经过认真研究后，", "經委員商討，": the discussion that led to the outcome. */
const DISCUSSION = new RegExp(`^(?:经|經)(?:过|過)?[^，,。；;：:]{0,10}?(?:${alt(ZH_DISCUSSED)})(?:后|後|之后|之後)?[，,]\\s*$`);
/** "会议就…进行了审议，", "会议对…征求了意见，": the meeting taking up its topic, in one clause. */
const TAKEN_UP = /^(?:会议|會議)(?:还|還|又|首先|随后|隨後)?(?:就|对|對|围绕|圍繞|针对|針對)(?![^，,。；;：:]{0,60}(?:强调|強調|指出|要求|认为|認為))[^，,。；;：:]{2,60}[，,]\s*$/;
/** (A view told after the topic, "会议就此强调，", opens no outcome.) */
/**
 * "代表们通过投票表决，", "经职代会举手表决，", "最后，以无记名投票方式，": how the vote was taken, its voters perhaps
 * named, after a closing word; the outcome clause after it is the vote's.
 */
const VOTED = new RegExp(`^(?:(?:最后|最後|随后|隨後|会上|會上|会议最后|會議最後)[，,]\\s*)?(?:(?:各|全体|全體|与会|與會)?(?:${alt([...ZH_ACT_BODIES, '代表们', '代表們', '职代会', '職代會', '大会', '大會', '会议', '會議'])}))?(?:以|经|經|采取|採取|采用|採用|通过|通過)?[^，,。；;：:]{0,8}?${alt(ZH_VOTE_MEANS)}(?:的)?(?:方式|形式)?[，,]\\s*$`);

/** Whether the text before an outcome clause, in its sentence, is that outcome's own opening. */
export function framesOutcome(before: string): boolean {
  const t = before.trim();
  return DISCUSSION.test(t) || TAKEN_UP.test(t) || VOTED.test(t);
}
