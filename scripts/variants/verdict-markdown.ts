/**
 * A record kept as a note page's Markdown (GitHub, HackMD, a wiki), as open-source communities keep
 * their meeting notes: the title a "#" heading, short lines without a sentence in them "##"
 * headings, a label's name in bold ("**出席**：…", "**Present**: …"), a numbered item a Markdown
 * list item, every other line a "- " bullet.
 */
const LABEL = /^([^：:|]{1,12})([：:])\s*(.*)$/;
/** Markup a page already carries: it is written afresh, not doubled. */
const MARKUP = /^(?:#{1,6}\s+|[-*+]\s+|\*\*)+/;
const NUMBERED = /^(?:[一二三四五六七八九十]{1,3}[、.．]|\d{1,2}[.、．)）]|[（(][一二三四五六七八九十\d]{1,3}[)）])\s*/;

export function asMarkdown(text: string, zh: boolean): string {
  const lines = text
    .split(/\r?\n/)
    .map((l) => l.trim().replace(MARKUP, '').replace(/^([^*：:]{1,12})\*\*(?=[：:])/, '$1'))
    .filter(Boolean);
  let n = 0;
  return lines
    .map((l, i) => {
      if (i === 0) return `# ${l}`;
      const label = LABEL.exec(l);
      if (label && label[3]) return `**${label[1]}**${label[2]} ${label[3]}`;
      if (NUMBERED.test(l)) return `${++n}. ${l.replace(NUMBERED, '')}`;
      const heading = l.length <= (zh ? 16 : 40) && !/[。；;，,.!?]$/.test(l);
      return heading ? `## ${l}` : `- ${l}`;
    })
    .join('\n');
}

/** The same page with its labels and particulars as a pipe table ("| 时间 | 2023年… |"), as a note page writes a header. */
export function asMarkdownTable(text: string): string {
  const lines = text.split(/\r?\n/).map((l) => l.trim()).filter(Boolean);
  const out: string[] = [];
  let inTable = false;
  for (const l of lines) {
    const label = LABEL.exec(l);
    if (label && label[3] && label[3].length <= 80) {
      if (!inTable) out.push('| 项目 | 内容 |', '| --- | --- |');
      inTable = true;
      out.push(`| ${label[1]} | ${label[3]} |`);
    } else {
      inTable = false;
      out.push(l);
    }
  }
  return out.join('\n');
}
