import { describe, expect, it } from 'vitest';
import { extractFromText } from '../index';

describe('a log page whose preface states its format', () => {
  it('is not taken for a guide to writing minutes', () => {
    const text = [
      '# 会议纪要',
      '## 说明',
      '这是 XBUI 项目的每个会议纪要，以后所有相关的会议都要在这里记录，格式为：`时间+议题`',
      '## 2018-10-15 议题：开发公约制定',
      '- 开发公约，详见项目运行后指南中的《书写规范》章节',
      '- eslint 规则，暂定和 SIS 项目的 eslint 规则相同',
    ].join('\n');
    expect(extractFromText(text).reason ?? '').not.toMatch(/guide|template/);
  });
});
