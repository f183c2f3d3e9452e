/** "Label：value" lines: attendance, presider, time, distribution and page metadata labels. */
import type { RecipientRole } from '../schemas/minutes';

export type LabelKind =
  | 'attendance'
  | 'absence'
  | 'presider'
  | 'recorder'
  | 'time'
  | 'place'
  | 'meta'
  | 'docNumber'
  | 'issuer'
  | 'title'
  | 'distribution';

export interface Label {
  kind: LabelKind;
  /** The label as printed, without inner spaces. */
  label: string;
  value: string;
  /** Index of the value in the line. */
  valueAt: number;
  role?: RecipientRole;
}

const ZH: Record<string, LabelKind> = {};
const add = (kind: LabelKind, words: string) => words.split(' ').forEach((w) => (ZH[w] = kind));
add('attendance', '出席 列席 参会 参加 参会人员 出席人员 列席人员 参加人员 与会人员 参会领导 出席领导 列席领导 出席会议 列席会议 参加会议 参加会议人员 出席会议人员 列席会议人员 参会单位 出席单位 列席单位 与会单位 参加单位 参会人 出席人 列席人 参会对象 與會人員 參會 參加 參加人員 出席會議 列席會議 出席者 列席者 與會者 参加会议的有 出席会议的有 列席会议的有 参会人员有 参加人 參加人 與會人 与会人 出席人員 列席人員 參會人員 参会成员 出席成员');
add('absence', '请假 缺席 请假人员 缺席人员 請假 缺席人員');
add('presider', '主持 主持人 会议主持 主持者 主席 會議主持 主持会议');
add('recorder', '记录 记录人 记录员 纪录 紀錄 記錄 記錄人 整理 纪要整理');
add('time', '时间 会议时间 日期 会议日期 召开时间 時間 會議時間 日期');
add('place', '地点 会议地点 地址 地點 會議地點 会议室 召开地点');
add('meta', '索引号 主题分类 体裁分类 发布日期 发布时间 成文日期 生效日期 来源 信息来源 作者 阅读次数 浏览次数 点击数 访问量 有效性 公开方式 公开范围 主题词 关键词 责任编辑 编辑 分类 所属机构 发布时间 索引號 發布日期 來源 文章来源 更新时间 字号 打印 发布 组配分类 發文日期 发文日期 公开时限 文件类型 类别 紧急程度 密级 缓急 拟稿单位 拟稿人 附件 议题 會議議題 会议议题 会议内容 會議內容 会议名称');
add('docNumber', '文号 发文字号 文件编号 编号 期号 發文字號 文號');
add('issuer', '发布机构 发文机关 发文单位 发布单位 发文机构 印发机关 发布部门 发文部门 发布機構 發文機關 發文單位');
add('title', '标题 名称 文件名称 文件标题 标题名称 題名 標題 公文标题');

const ZH_DIST: Record<string, RecipientRole> = {
  报: 'report', 报送: 'report', 呈报: 'report', 報: 'report', 抄报: 'copy', 抄報: 'copy',
  送: 'send', 主送: 'send', 发送: 'send', 送达: 'send', 發送: 'send', 印送: 'send',
  抄送: 'copy', 抄: 'copy', 抄致: 'copy',
  发: 'distribute', 分送: 'distribute', 发至: 'distribute', 下发: 'distribute', 發: 'distribute', 分發: 'distribute', 分发: 'distribute',
};

const EN: [RegExp, LabelKind][] = [
  [/^(?:present|members present|councillors present|attendees|attendance|in attendance|also present|also in attendance|attending|participants|conference participants|meeting participants|those present|officers present|committee members present|councillors|cllrs|members|directors|trustees|governors|board members|committee members|roll call)$/i, 'attendance'],
  [/^(?:apologies|apologies for absence|absent|absentees|apologies received)$/i, 'absence'],
  [/^(?:chair|chairman|chairperson|chairwoman|chaired by|presiding|presided by|presider|host|in the chair|meeting chair)$/i, 'presider'],
  [/^(?:minutes taken by|minute taker|recorder|recorded by|note taker|notes taken by|secretary)$/i, 'recorder'],
  [/^(?:date|time|date and time|meeting date)$/i, 'time'],
  [/^(?:venue|place|location)$/i, 'place'],
  [/^(?:cc|c\.c\.|copy to|copies to|copied to|copied|distribution|circulation|distributed to|distribution list)$/i, 'distribution'],
  [/^(?:source|author|posted|published|posted on|published on|views|category|tags)$/i, 'meta'],
];

/** Reads a leading "label：value"; null when the text before the colon is not a known label. */
export function parseLabel(text: string): Label | null {
  const m = text.match(/^[（(【\[]?([^：:]{1,30}?)[）)】\]]?\s*[：:]\s*/);
  if (!m) {
    // A label printed alone in its own cell ("发布机构", "索引号") with no colon.
    const bare = text.replace(/\s+/g, '');
    if (bare.length <= 6 && (ZH[bare] === 'meta' || ZH[bare] === 'issuer' || ZH[bare] === 'docNumber' || ZH[bare] === 'title')) {
      return { kind: ZH[bare], label: bare, value: '', valueAt: text.length };
    }
    return null;
  }
  const raw = m[1].trim();
  const value = text.slice(m[0].length).trim();
  const valueAt = m[0].length;
  const zh = raw.replace(/\s+/g, '');
  if (ZH_DIST[zh]) return { kind: 'distribution', label: zh, value, valueAt, role: ZH_DIST[zh] };
  if (ZH[zh]) return { kind: ZH[zh], label: zh, value, valueAt };
  for (const [re, kind] of EN) {
    if (re.test(raw)) {
      const role: RecipientRole | undefined = kind === 'distribution' ? (/distribut|circulat/i.test(raw) ? 'distribute' : 'copy') : undefined;
      return { kind, label: raw, value, valueAt, role };
    }
  }
  return null;
}

/** True when the line holds two or more page-metadata labels ("时间: … 来源: … 阅读次数:"). */
export function isMetaStrip(text: string): boolean {
  const re = /(发布时间|发布日期|时间|日期|来源|信息来源|作者|阅读次数|浏览次数|点击数|阅读|字号|编辑|Posted|Source|Author|Views)\s*[：:]/g;
  let n = 0;
  while (re.exec(text)) n++;
  return n >= 2;
}

/** Labels of distribution that may start a line: used to cut a line holding several of them. */
export const ZH_DIST_LABELS = Object.keys(ZH_DIST).sort((a, b) => b.length - a.length);
export const ZH_DIST_ROLE = ZH_DIST;
