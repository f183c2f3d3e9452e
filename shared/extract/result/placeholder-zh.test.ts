import { describe, expect, it } from 'vitest';
import { extractFromText } from '../index';
import { blankPlaceholdersZh } from './placeholder-zh';

const key = ['会议纪要模板：', '[编号]', '[时间]', '[地点]', '[到会人员]', '[会后任务]', '[会议主要内容]'];
const entry = ['[编号] 1', '[时间] 2019年10月9日 20:30~22:30', '[地点] 四号楼702', '[到会人员] 项目组全员 (曹家俊，魏华辉，李向民)', '[会后任务] 制作课堂展示PPT', '[会议主要内容] 商定项目的主题和需求', '会议确定项目主题为番剧分享推荐网站。', '分工：', '曹家俊：负责需求文档的编写', '李向民：负责后端设计和数据库设计'];

describe('a Chinese template’s bracketed blanks', () => {
  it('count none where the page fills each label below its template', () => {
    expect(blankPlaceholdersZh([...key, '', ...entry].join('\n'))).toBe(0);
    expect(extractFromText([...key, '', ...entry].join('\n')).isMinutes).toBe(true);
  });

  it('count each where the page is the template alone', () => {
    expect(blankPlaceholdersZh(key.join('\n'))).toBe(4);
    expect(extractFromText([...key, '会议主要内容：', '1. 【事项】', '2. 【事项】'].join('\n')).isMinutes).toBe(false);
  });

  it('count a blank standing as another label’s value, whatever follows it', () => {
    expect(blankPlaceholdersZh('**会议时间**：【日期】　**会议地点**：【地点】\n**参会人员**：【姓名、部门】')).toBe(3);
  });
});
