// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { JSDOM } from 'jsdom';
import { extractFromDocument, extractFromText } from '../../shared/extract/index';

// A full record, then the same minutes with one part taken away at a time: each gap is named in
// the warnings, and the confidence falls when a part a clerk needs (title, date, decisions) is gone.
const TITLE = '县政府常务会议纪要';
const OPENING = '2019年5月6日，县长张三主持召开县政府常务会议，现纪要如下：';
const DECISIONS = ['会议议定：', '一、由县财政局牵头，6月底前完成预算调整。', '二、县交通局要于5月20日前上报方案。'];
const ATTENDANCE = '出席：张三、李四、王五';
const DISTRIBUTION = '抄送：县委办公室，县人大办公室。';
const full = [TITLE, OPENING, ...DECISIONS, ATTENDANCE, DISTRIBUTION].join('\n');
const base = extractFromText(full);

function without(...drop: string[]): ReturnType<typeof extractFromText> {
  return extractFromText([TITLE, OPENING, ...DECISIONS, ATTENDANCE, DISTRIBUTION].filter((l) => !drop.includes(l)).join('\n'));
}

describe('warnings name what could not be placed, and confidence reflects it', () => {
  it('a complete record has no gaps', () => {
    expect(base.isMinutes).toBe(true);
    expect(base.warnings).toEqual([]);
    expect(base.confidence).toBeGreaterThan(0.8);
  });
  it('no title', () => {
    const d = without(TITLE);
    expect(d.isMinutes).toBe(true);
    expect(d.title).toBeNull();
    expect(d.warnings).toContain('no title line found');
    expect(d.confidence).toBeLessThan(base.confidence);
  });
  it('no meeting date', () => {
    const d = extractFromText(full.replace('2019年5月6日，', ''));
    expect(d.isMinutes).toBe(true);
    expect(d.meetingDate).toBeNull();
    expect(d.warnings).toContain('no meeting date found');
    expect(d.confidence).toBeLessThan(base.confidence);
  });
  it('a meeting date without its year', () => {
    const d = extractFromText(full.replace('2019年5月6日', '5月6日'));
    expect(d.meetingDate).toBe('XXXX-05-06');
    expect(d.warnings).toContain('the meeting date has no year');
    expect(d.confidence).toBeLessThan(base.confidence);
  });
  it('no decisions', () => {
    const d = without(...DECISIONS);
    expect(d.isMinutes).toBe(true);
    expect(d.decisions).toEqual([]);
    expect(d.warnings).toContain('no decisions found');
    expect(d.confidence).toBeLessThan(base.confidence);
  });
  it('decisions that name no one to act', () => {
    const d = extractFromText(full.replace('由县财政局牵头，', ''));
    expect(d.decisions).toHaveLength(2);
    expect(d.warnings).toContain('1 of 2 decisions name no one to act on them');
  });
  it('no presider or attendance list', () => {
    const d = extractFromText(full.replace('县长张三主持召开', '召开').replace(`${ATTENDANCE}\n`, ''));
    expect(d.isMinutes).toBe(true);
    expect(d.presider).toBeNull();
    expect(d.attendees).toEqual([]);
    expect(d.warnings).toContain('no presider or attendance list found');
  });
  it('no distribution list', () => {
    const d = without(DISTRIBUTION);
    expect(d.recipients).toEqual([]);
    expect(d.warnings).toContain('no distribution list (报/送/抄送) found');
  });
  it('a page that yields little: every gap is named, and it scores below each single gap', () => {
    const d = extractFromText(`${TITLE}\n会议研究了有关工作，现纪要如下：\n会议认为，各项工作推进有力。\n会议要求，各部门要抓好落实。`);
    expect(d.isMinutes).toBe(true);
    expect(d.warnings).toEqual(expect.arrayContaining(['no meeting date found', 'no decisions found', 'no presider or attendance list found', 'no distribution list (报/送/抄送) found']));
    const singles = [without(...DECISIONS), extractFromText(full.replace('2019年5月6日，', ''))];
    for (const s of singles) expect(d.confidence).toBeLessThan(s.confidence);
    expect(d.confidence).toBeLessThan(0.8);
  });
});

describe('a page whose content block could not be found', () => {
  function page(html: string) {
    return new JSDOM(html).window.document;
  }
  it('text straight under <body> is read, not a failure', () => {
    const d = extractFromDocument(page(`<body>${[TITLE, OPENING, ...DECISIONS].join('<br>')}</body>`));
    expect(d.reason).toBeUndefined();
    expect(d.isMinutes).toBe(true);
    expect(d.decisions).toHaveLength(2);
  });
  it('read whole: the warning says so and the confidence is lower than for the same minutes in a block', () => {
    // Short inline lines only: no paragraph for the scorer to weigh, so the whole page is read.
    const lines = [TITLE, '2019年5月6日县长张三主持召开会议', '会议议定：', '一、由县财政局牵头完成预算调整。', '二、县交通局要上报方案。', ATTENDANCE, DISTRIBUTION];
    const whole = extractFromDocument(page(`<body>${lines.map((l) => `<span>${l}</span>`).join('<br>')}</body>`));
    const block = extractFromDocument(page(`<body><div>${lines.map((l) => `<p>${l}</p>`).join('')}</div></body>`));
    expect(whole.isMinutes).toBe(true);
    expect(whole.warnings).toContain('no content block found; the whole page was read');
    expect(block.warnings).not.toContain('no content block found; the whole page was read');
    expect(whole.decisions).toEqual(block.decisions.map((d) => ({ ...d, span: expect.anything() })));
    expect(whole.confidence).toBeLessThan(block.confidence);
  });
});
