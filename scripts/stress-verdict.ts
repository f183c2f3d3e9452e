/**
 * How robust the verdict (minutes or not) is to the ways an unseen page differs from the cases:
 *
 *   npx tsx scripts/stress-verdict.ts [--verbose] [--only <perturbation>] [--corpus DIR]
 *
 * Every case of test/pages and of the shared corpus is read as text (an HTML case through
 * readPage, as the extension reads it) and perturbed: its title line dropped, its first lines cut
 * (a site's chrome cut differently), only its body kept, its lines run together (a PDF's text
 * layer) or wrapped short, its script turned Traditional, a site's chrome put around it, a portal's widgets (dozens of short lines) above it. The table
 * counts, per perturbation, the minutes refused and the look-alikes accepted (and of those, how
 * many at a confidence of 0.9 or more). --verbose lists the cases behind each count.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Converter } from 'opencc-js';
import { extractFromText } from '../shared/extract/index';
import { pageCases, traditionalToSimplified } from '../test/extract/pages';
import { caseText, isZh, lines, wrap } from './variants/text';
import { corpusDir } from './corpus-dir';
import { asMarkdown, asMarkdownTable } from './variants/verdict-markdown';
import { embedded } from './variants/verdict-embedded';

const args = process.argv.slice(2);
const verbose = args.includes('--verbose');
const only = args.includes('--only') ? args[args.indexOf('--only') + 1] : undefined;
const corpusArg = args.includes('--corpus') ? args[args.indexOf('--corpus') + 1] : undefined;
/** --reasons: list every case's verdict and reason (right ones too), to weigh a change to a rule on both classes. */
const allReasons = args.includes('--reasons');
/** --print <case id>: print that case's text as perturbed by --only, to read it. */
const printId = args.includes('--print') ? args[args.indexOf('--print') + 1] : undefined;

interface Case {
  id: string;
  text: string;
  minutes: boolean;
}

function pagesCases(): Case[] {
  return pageCases().flatMap((c) => {
    const text = caseText(c);
    return text === null ? [] : [{ id: c.id, text, minutes: c.expected.isMinutes !== false }];
  });
}

function corpusCases(): Case[] {
  const dir = corpusArg ?? corpusDir();
  if (!dir) return [];
  try {
    return readdirSync(dir)
      .filter((f) => f.endsWith('.txt'))
      .map((f) => {
        const id = f.replace(/\.txt$/, '');
        const expected = JSON.parse(readFileSync(join(dir, `${id}.expected.json`), 'utf8')) as { isMinutes?: boolean };
        return { id: `corpus:${id}`, text: readFileSync(join(dir, f), 'utf8'), minutes: expected.isMinutes !== false };
      });
  } catch {
    return [];
  }
}


const CHROME_ZH = {
  top: ['首页 | 机构概况 | 政务公开 | 新闻中心 | 互动交流', '当前位置：首页 > 政务公开 > 工作动态', '发布时间：2023-06-12 10:30 来源：办公室 浏览次数：1234', '【字体：大 中 小】【打印】【关闭】'],
  bottom: ['上一篇：关于开展安全生产大检查的通知', '下一篇：关于做好防汛工作的通知', '主办单位：清河县人民政府办公室 版权所有', 'ICP备12345678号'],
};
const CHROME_EN = {
  top: ['Skip to main content', 'Home', 'About Us', 'Services', 'Home > Council > Documents', 'Posted on 12 June 2023 by admin'],
  bottom: ['Share', 'Print', 'Previous: Road closures this weekend', 'Copyright © 2023 Town Council. All rights reserved.', 'Privacy Policy'],
};

/**
 * A portal's widgets above the record: a weather and air-quality panel, a district menu — dozens of
 * short lines before the page's own text (a city government's page seen as a reader sees it).
 */
const WIDGET_ZH = ['跳到主要内容区块', '晴天', '今日气温', '25 ~ 31', ...['北区', '南区', '东区', '西区', '中区', '新区', '老城', '港区'].flatMap((d, i) => [`• ${d}`, 'AQI', String(60 + i * 9), '空气质量指标', i % 2 ? '普通' : '良好']), '回到顶部'];
const WIDGET_EN = ['Skip to main content', 'Sunny', 'Today', '25 ~ 31', ...['North', 'South', 'East', 'West', 'Central', 'Harbour', 'Old Town', 'Riverside'].flatMap((d, i) => [`• ${d}`, 'AQI', String(60 + i * 9), 'Air quality', i % 2 ? 'Moderate' : 'Good']), 'Back to top'];

let s2t: ((s: string) => string) | null = null;

/** Each perturbation: the text a page might have been read as instead. */
const PERTURB: Record<string, (text: string, zh: boolean) => string> = {
  'as text': (t) => t,
  // The first line, when it is a heading (short, no sentence in it); a page that opens with its text is left as it is.
  'drop title line': (t, zh) => {
    const ls = lines(t);
    return (ls.length > 1 && ls[0].length <= (zh ? 40 : 100) && !/[。；;]|[.!?]\s/.test(ls[0]) ? ls.slice(1) : ls).join('\n');
  },
  'drop first 3': (t) => lines(t).slice(3).join('\n'),
  'drop first 6': (t) => lines(t).slice(6).join('\n'),
  'body only': (t, zh) => {
    const ls = lines(t);
    // The body opens at its first running paragraph: the header's short lines (title, date, who attended) cut.
    const at = ls.findIndex((l) => l.length >= (zh ? 40 : 100));
    return ls.slice(at >= 0 ? at : Math.min(5, Math.floor(ls.length / 3))).join('\n');
  },
  'join 4 lines': (t, zh) => {
    const ls = lines(t);
    const out: string[] = [];
    for (let i = 0; i < ls.length; i += 4) out.push(ls.slice(i, i + 4).join(zh ? '' : ' '));
    return out.join('\n');
  },
  'join all': (t, zh) => lines(t).join(zh ? '' : ' '),
  'wrap short': (t, zh) => lines(t).flatMap((l) => wrap(l, zh ? 28 : 70)).join('\n'),
  // A note page's markup (GitHub, HackMD): the title a heading, every other line a bullet.
  markdown: (t) =>
    lines(t)
      .map((l, i) => (i === 0 ? `# ${l}` : `- ${l}`))
      .join('\n'),
  // A note page as written in Markdown: "#" headings, bold labels, list items (scripts/variants/verdict-markdown.ts).
  'note markdown': (t, zh) => asMarkdown(t, zh),
  'label table': (t) => asMarkdownTable(t),
  // The record between other items of a long page (scripts/variants/verdict-embedded.ts).
  embedded: (t, zh) => embedded(t, zh),
  'to Traditional': (t, zh) => {
    if (!zh) return t;
    s2t ??= Converter({ from: 'cn', to: 'tw' });
    return s2t(t);
  },
  // A stored copy that breaks off: the page's first half (at least its first 4 lines), as a cache or a search result keeps it.
  'first half': (t) => {
    const ls = lines(t);
    return ls.slice(0, Math.max(4, Math.ceil(ls.length / 2))).join('\n');
  },
  // A static site's page: the title moved into its front matter, the date beside it, the rest as written.
  'front matter': (t) => {
    const ls = lines(t);
    return ['---', `title: ${ls[0] ?? ''}`, 'layout: post', '---', '', ...ls.slice(1)].join('\n');
  },
  'widget chrome': (t, zh) => [...(zh ? WIDGET_ZH : WIDGET_EN), ...lines(t)].join('\n'),
  'site chrome': (t, zh) => {
    const c = zh ? CHROME_ZH : CHROME_EN;
    return [...c.top, ...lines(t), ...c.bottom].join('\n');
  },
};

const cases = [...pagesCases(), ...corpusCases()];
if (printId) {
  const c = cases.find((x) => x.id === printId);
  if (c) console.log(PERTURB[only ?? 'as text'](c.text, isZh(c.text)));
  process.exit(c ? 0 : 1);
}
const names = Object.keys(PERTURB).filter((n) => !only || n === only);
const pos = cases.filter((c) => c.minutes).length;
const neg = cases.length - pos;

console.log(`verdict stress test over ${pos} minutes and ${neg} look-alikes (test/pages as text, and the shared corpus)`);
console.log(`  ${'perturbation'.padEnd(18)} minutes refused   look-alikes accepted (of them conf ≥ 0.9)`);
const detail: string[] = [];
for (const name of names) {
  const refused: string[] = [];
  const accepted: string[] = [];
  let sureWrong = 0;
  for (const c of cases) {
    const zh = isZh(c.text);
    const text = PERTURB[name](c.text, zh);
    // A page cut to nothing is no page.
    if (!text.trim()) continue;
    const d = extractFromText(text, { fold: traditionalToSimplified });
    if (allReasons) detail.push(`${name}\t${c.minutes ? 'minutes' : 'look-alike'}\t${d.isMinutes ? 'accepted' : 'refused'}\t${c.id}\t${d.reason ?? ''}`);
    if (c.minutes && !d.isMinutes) refused.push(`${c.id} (${d.reason ?? ''})`);
    if (!c.minutes && d.isMinutes) {
      const conf = d.fields?.isMinutes?.confidence ?? 0;
      if (conf >= 0.9) sureWrong++;
      accepted.push(`${c.id} (${conf.toFixed(2)})`);
    }
  }
  console.log(`  ${name.padEnd(18)} ${String(refused.length).padStart(4)} of ${pos}        ${String(accepted.length).padStart(3)} of ${neg} (${sureWrong})`);
  if (verbose) {
    detail.push(`${name}:`);
    for (const r of refused) detail.push(`  refused  ${r}`);
    for (const a of accepted) detail.push(`  accepted ${a}`);
  }
}
if (verbose || allReasons) console.log(detail.join('\n'));
