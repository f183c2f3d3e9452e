import { describe, expect, it } from 'vitest';
import { extractFromText } from '../index';
import { zhLabelForm } from './label-forms-zh';

const record = (header: string) =>
  ['项目组第三次会议纪要', '会议时间：2024年5月10日', header, '一、会议决定，下周完成接口联调。', '二、会议同意增加一名测试人员。'].join('\n');

describe('a Chinese attendance or chair label printed without its colon', () => {
  it.each([
    ['参会者；周明远、林晓彤、赵一凡', 'attendance'],
    ['- 与会人员；周明远, 林晓彤', 'attendance'],
    ['出席委员 周明远 林晓彤 赵一凡 钱思远', 'attendance'],
    ['出席人员　周明远　林晓彤', 'attendance'],
    ['请假委员 孙立群 吴海燕', 'absence'],
    ['* **与会人员**: 周明远、林晓彤、赵一凡', 'attendance'],
    ['* **主持人**：周明远', 'presider'],
    // A form's rows, the value set apart by a tab or wide spaces, the names with their posts.
    ['会议主持人\t萧会长维毅', 'presider'],
    ['出席人员\t陈副会长信伯、杨秘书部长芯桦、王活动部长科权', 'attendance'],
    ['未到人员   魏财务部长秀蓉、石活动部长升委', 'absence'],
    ['会议时间   106年11月1日 (星期三) 下午十二时三十分', 'time'],
  ])('%s is read as a label of %s', (line, kind) => {
    expect(zhLabelForm(line)?.kind).toBe(kind);
  });

  it.each([
    '委员出席 111人',
    '出席会议 市政府办公室 财政局',
    '主持人 致辞',
    '主持人 周明远',
    '会议主持 热烈欢迎',
    '* 会议决定：下周完成',
    '参会人员说明；本次会议采用线上方式',
    '会议  强调要压实责任',
  ])('reads no label from "%s"', (line) => {
    expect(zhLabelForm(line)).toBeNull();
  });

  it.each([
    ['参会者；周明远、林晓彤、赵一凡', ['周明远', '林晓彤', '赵一凡']],
    ['出席委员 周明远 林晓彤 赵一凡 钱 进', ['周明远', '林晓彤', '赵一凡']],
    ['* **与会人员**: 周明远、林晓彤、赵一凡', ['周明远', '林晓彤', '赵一凡']],
  ])('reads the names after "%s"', (line, names) => {
    expect(extractFromText(record(line)).attendees).toEqual(expect.arrayContaining(names));
  });

  it('reads the chair after a semicolon or under a bullet in bold', () => {
    expect(extractFromText(record('主持人；周明远')).presider).toBe('周明远');
    expect(extractFromText(record('* **主持人**：周明远')).presider).toBe('周明远');
  });
});
