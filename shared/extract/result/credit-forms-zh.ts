/**
 * A newsroom's credit line in the forms the staff-label patterns of result/record.ts miss: the
 * labels parted by a semicolon or comma ("（撰稿：牟某；审核：钱某）", "文字：张某，摄影：李某"), and
 * each role printed after its name ("（国资科 李某/文 党委工作部 胡某/摄 马某/审）"). Hospitals',
 * universities' and broadcasters' news columns print them under stories about meetings; a body's
 * own record names its recorder, never who wrote and who reviewed the piece. Two credits are needed:
 * a lone reviewer's sign-off closes any body's post.
 */
import { alt } from '../lexicon/build';
import { ZH_NEWS } from '../lexicon/zh';
import { countMatches } from '../text/count';

const NAME = '[\\u4e00-\\u9fff·]{2,4}';
const STAFF = alt(ZH_NEWS.staff.filter((w) => w.length >= 2));
/** Two staff labels, each over a name, parted by a semicolon, comma or bar. */
const PARTED = new RegExp(`(?:^|[（(\\s])${STAFF}\\s{0,2}[：:]\\s{0,2}${NAME}\\s{0,2}[;；，,、|｜]\\s{0,2}${STAFF}\\s{0,2}[：:]\\s{0,2}${NAME}`);
/** A role after its name ("李某/文"), not a word going on ("签收/审批"). */
const ROLE_AFTER = new RegExp(`${NAME}\\s?[/／]\\s?${alt(ZH_NEWS.roleAfterName)}(?![\\u4e00-\\u9fff])`, 'g');

/** A line holding a newsroom's credits in one of these forms. */
export const creditFormZh = (line: string): boolean => PARTED.test(line) || countMatches(line, ROLE_AFTER, 10) >= 2;
