/**
 * An outcome whose sentence opens with how the meeting came to it: the discussion ("经讨论，会议决定采纳…",
 * "经认真研究，同意…") or the meeting taking the matter up ("会议就三个项目进行了专题审议，一致同意给予支持",
 * "会议就协会标识征求了代表意见，代表们全票通过了该方案"). The item is the whole sentence, as printed from its
 * start, not the outcome clause after the comma: the opening names what was decided.
 */
import { alt } from '../lexicon/build';
import { ZH_DISCUSSED } from '../lexicon/zh';

/** "经讨论，", "经过认真研究后，", "經委員商討，": the discussion that led to the outcome. */
const DISCUSSION = new RegExp(`^(?:经|經)(?:过|過)?[^，,。；;：:]{0,10}?(?:${alt(ZH_DISCUSSED)})(?:后|後|之后|之後)?[，,]\\s*$`);
/** "会议就…进行了审议，", "会议对…征求了意见，": the meeting taking up its topic, in one clause. */
const TAKEN_UP = /^(?:会议|會議)(?:还|還|又|首先|随后|隨後)?(?:就|对|對|围绕|圍繞|针对|針對)(?![^，,。；;：:]{0,60}(?:强调|強調|指出|要求|认为|認為))[^，,。；;：:]{2,60}[，,]\s*$/;
/** (A view told after the topic, "会议就此强调，", opens no outcome.) */

/** Whether the text before an outcome clause, in its sentence, is that outcome's own opening. */
export function framesOutcome(before: string): boolean {
  const t = before.trim();
  return DISCUSSION.test(t) || TAKEN_UP.test(t);
}
