import { describe, expect, it } from 'vitest';
import { extractFromText } from '../index';

// A record whose last items list things in brackets: an aside, not the byline that closes a story.
const record = (last: string) =>
  [
    '时间：2022年10月20日',
    '参会人员：左樵、刘全珍、王建军、刘建华',
    '会议主持人：王建军   记录人：王建军',
    '会议主要决议内容：',
    '1. 赠书方案确定执行，由王建军负责。',
    '2. 书籍重新分类整理，月底前完成。',
    '3. 理事会本月小结',
    '3.1阶段性完成了新书采购及上架;',
    last,
    '3.3会议确定每月 20 日为理事总结交流日。',
  ].join('\n');

describe('a bracket closing a record’s item is no byline', () => {
  it.each([
    '3.2日常物料的采买补充;(饮用水、拖布、纸巾等)',
    '3.2为周末的读书活动添置活动器材；（球拍、跳绳）',
    '3.2联系新书捐赠单位并商定交接时间；（王建军、刘建华）',
    '3.2图书馆环境得到进一步改善，（暖气、门锁）',
    '3.2购置办公用品（打印纸、墨盒、文件夹等）',
  ])('%s', (last) => {
    expect(extractFromText(record(last)).isMinutes).toBe(true);
  });

  it.each([
    '会议要求各理事认真落实。（李某、刘某 报道）',
    '会议取得圆满成功。（园艺学院 赵某）',
    '会议强调要抓好落实工作。（记者 张三 李四）',
  ])('a story closed by its byline is still news: %s', (close) => {
    const story = ['我馆召开理事会会议', '10月20日，我馆召开理事会会议，馆长王建军出席会议并讲话。王建军指出，要做好赠书工作。王建军强调，要改善读者环境。', close].join('\n');
    const d = extractFromText(story);
    expect(d.isMinutes).toBe(false);
  });
});
