import { describe, expect, it } from 'vitest';
import { extractFromText } from '../index';

describe('an outcome head nested in a note’s list', () => {
  it('holds only the lines nested under it', () => {
    const text = [
      '# 0123 小松',
      '時間 Time ：19:00-20:30',
      '參與者 Participants:peter, yuting, josh',
      '## 小小的分享',
      '- 宇亭有被日本團隊訪談',
      '   - 訪談內容分享：',
      '       - 大家是否會因為 AI 整理的結果而產生更多的不信任？',
      '           - 關鍵回到透明度？',
      '            - 結論：',
      '                - 在報名需知上提醒大家收集資料',
      '                - 公布 prompt 與使用模型的資訊（放在github）',
      '       - 對於 Misinformation 的想法？',
      '- 清邁社群分享',
      '   - 來到清邁的區塊鏈社群空間 4seas 分享',
    ].join('\n');
    expect(extractFromText(text).decisions.map((d) => d.text)).toEqual(['在報名需知上提醒大家收集資料', '公布 prompt 與使用模型的資訊（放在github）']);
  });
});
