/**
 * A note page's links in a list of people, as its reader sees them: "[张三](https://gitee.com/zs)"
 * is 张三, and "任革林 [@im-off](https://gitee.com/im-off)" or "John Smith (@jsmith)" is the person
 * with the handle of their account beside the name. Open-source communities print their members so;
 * the link's address (its "https:" colon, its slashes) would otherwise be read as a label or a list.
 */
const MD_LINK = /\[([^\]\n]{1,80})\]\((?:https?:\/\/|mailto:|\/|\.\/)[^()\s]{0,300}\)/g;
/**
 * A handle after a name: " @im-off", " (@jsmith)", "（@zs）". Not after a bullet or a list's separator
 * ("- @alice", "Alice, @bob", "出席：@zs"): there the handle is the item itself.
 */
const HANDLE_AFTER = /(?<=[^\s\-*•·–—,，、;；:：|])[ \t]{0,4}(?:[(（][ \t]{0,2}@[\w.-]{1,40}[ \t]{0,2}[)）]|[ \t]@[\w.-]{1,40})(?=[ \t]{0,8}(?:$|[,，、;；]))/gm;

/** The text with its Markdown links read as their words and the handles after names left out; unchanged when it has none. */
export function withoutLinkMarkup(s: string): string {
  if (!s.includes('](') && !s.includes('@')) return s;
  // A handle after another handle ("@zs @ls") is a list of handles, each kept.
  const afterName = (m: string, at: number, all: string) => (/@[\w.-]{0,40}$/.test(all.slice(Math.max(0, at - 42), at)) ? m : '');
  return s.replace(MD_LINK, '$1').replace(HANDLE_AFTER, afterName).replace(/[ \t]+$/, '');
}
