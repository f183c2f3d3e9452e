import { afterEach, describe, expect, it } from 'vitest';
import { noteText } from '../../extension/ui/capture/notes';
import { setLanguage, t } from '../../extension/ui/i18n';
import { extractFromText } from '../../shared/extract/index';

/** Why a page is not minutes, as the extractor says it, and as the Capture view says it in Chinese. */
const REASONS: [string, string][] = [
  ['a template with blanks to fill in, not minutes', '这是留有空白待填写的模板，不是会议纪要'],
  ['a form to fill in, not minutes', '这是待填写的表格，不是会议纪要'],
  ['a set of rules for meetings (standing orders, terms of reference), not minutes', '这是会议规则（议事规则、职责章程），不是会议纪要'],
  ['a circular or letter passing on decisions, not minutes', '这是转达决定的通函或信件，不是会议纪要'],
  ['a notice of a meeting, not minutes', '这是通知，不是会议纪要'],
  ['a notice (通知), not minutes', '这是通知，不是会议纪要'],
  ['a guide to minutes (what minutes are and should say), not one meeting’s minutes', '这是会议纪要写作指南，不是某次会议的纪要'],
  ['model texts collected by a writing site (范文, 篇一, 篇二), not one meeting’s minutes', '这是写作指南中的范文，不是某次会议的纪要'],
  ['a request for instructions (请示), not minutes', '这是请示，不是会议纪要'],
  ['a decision or communiqué, not minutes', '这是决定或公报，不是会议纪要'],
  ['a work summary or plan, not minutes', '这是工作总结或计划，不是会议纪要'],
];

afterEach(() => setLanguage('auto'));

describe('why a page is not minutes, in the UI language', () => {
  it.each(REASONS)('%s', (reason, zh) => {
    setLanguage('zh_CN');
    expect(noteText(reason)).toBe(zh);
    setLanguage('en');
    expect(noteText(reason)).not.toBe(t('noteOther'));
  });

  it('names the reason the extractor gives a proxy form and a circular', () => {
    setLanguage('zh_CN');
    const form = extractFromText('EGM Proxy Form\n\nForm of proxy\n\nFor members who are not attending the EGM.\n1. A proxy must vote as instructed.\n2. The form must be received by 5pm 17 February 2025.\n');
    expect(form.isMinutes).toBe(false);
    expect(noteText(form.reason ?? '')).toBe('这是待填写的表格，不是会议纪要');
    const circular = extractFromText('6th March, 1990.\nVice-Chancellors of Universities,\nDirectors of Institutes.\nThe Eastby Grants Commission at its 287th meeting held on 9th January 1990 decided that :\n(a) the post of Director of Physical Education (Lower Grade) be abolished.\n(b) the post of Director (Higher Grade) be designated as Director.\n(Mrs. A Perera - Acting Secretary)\n');
    expect(noteText(circular.reason ?? '')).toBe('这是转达决定的通函或信件，不是会议纪要');
  });
});
