import { describe, expect, it } from 'vitest';
import { extractFromText } from '../index';

const head = '二零二零年度駿景園維修及工務小組\n第十三次會議記錄\n日期: 二零二零年九月二十九日(星期二)\n地點: 駿景園會所閱讀室\n';
const tail = '會議內容摘要:\n1. 升降機事宜:會議要求其士提交改善措施及報告。\n';

describe('an attendance table flattened into rows of cells', () => {
  it('reads the person of each row, the convener as the one presiding, until the next label', () => {
    const d = extractFromText(
      `${head}出席者: | 周啟誠先生 | –小組召集人 |\n李秀媚女士 | –小組成員 | |\n劉展鵬先生 | –物業及設施經理 (啟勝管理服務有限公司) | |\n缺席致歉: | 劉潔玲小姐 | –小組成員 |\n葉偉華先生 | –小組成員 | |\n${tail}`,
    );
    expect(d.attendees).toEqual(['周啟誠先生', '李秀媚女士', '劉展鵬先生']);
    expect(d.presider).toBe('周啟誠');
  });
});
