import { describe, expect, it } from 'vitest';
import { extractFromText } from '../index';

// A log or periodic report names itself in its heading; its recorder and its dated tasks make no meeting.
describe('a work log or periodic report under its own heading', () => {
  const body = ['**记录人**：贾一飞', '## 本周工作内容', '### 1. 并发控制实现（2月3日-2月5日）', '- 采用基于文件锁的方案，由贾一飞负责，2月10日前完成部署。', '## 下周计划', '1. 完成测试环境文档。'];
  it.each(['# 开发日志 - 第3周（2月2日 - 2月8日）', '# 项目周报 第12期', '# 实习月报（2024年3月）'])('%s', (head) => {
    expect(extractFromText([head, ...body].join('\n'))).toMatchObject({ isMinutes: false, reason: 'a work log or periodic report, not minutes' });
  });

  it('leaves a weekly meeting’s minutes alone', () => {
    const d = extractFromText(['# 项目组周例会会议纪要（2月2日）', '参会人员：贾一飞、王明、李华', ...body.slice(1)].join('\n'));
    expect(d.isMinutes).toBe(true);
  });
});
