/**
 * The words Chinese minutes use for each part, in Simplified and Traditional script. The
 * extractor's Chinese patterns are built from these lists (see ./build.ts): to teach it an idiom,
 * add the word to its list.
 */
import { twins } from './traditional';
import type { RecipientRole } from '../../schemas/minutes';

/** "Label：value" labels, by what they introduce. */
export const ZH_LABELS = {
  attendance: ['出席', '列席', '参会', '参加', '参会人员', '出席人员', '列席人员', '参加人员', '与会人员', '参会领导', '出席领导', '列席领导', '出席会议', '列席会议', '参加会议', '参加会议人员', '出席会议人员', '列席会议人员', '参会单位', '出席单位', '列席单位', '与会单位', '参加单位', '参会人', '出席人', '列席人', '参会对象', '與會人員', '參會', '參加', '參加人員', '出席會議', '列席會議', '出席者', '列席者', '與會者', '与会者', '参加会议的有', '出席会议的有', '列席会议的有', '参会人员有', '参加人', '參加人', '與會人', '与会人', '出席人員', '列席人員', '參會人員', '参会成员', '出席成员', '组员', '組員', '小组成员', '小組成員', '成员', '成員', '团队成员', '團隊成員', '参与人员', '參與人員', '参与者', '參與者', '参与人', '參與人',
    // The meeting's own word before who was there and who kept the record (会议人员：…, 会议记录人：…), as a team's header prints them.
    '会议人员', '会议成员', '會議人員', '會議成員',
    // A team's header names who came with the bare word (基本信息：时间：…；人员：李某，王某).
    '人员', '人員'],
  absence: ['请假', '缺席', '请假人员', '缺席人员', '請假', '缺席人員', '未到人员', '未到人員', '未出席人员', '未出席人員'],
  presider: ['主持', '主持人', '会议主持', '会议主持人', '會議主持人', '主持者', '主席', '會議主持', '主持会议', '会议主席', '會議主席', '主持人员',
    // A convener chairs a meeting of conveners or a standing group (召集人：王某; 召集委員：林某).
    '召集人', '会议召集人', '會議召集人', '召集委员', '召集委員'],
  recorder: ['记录', '记录人', '记录员', '纪录', '紀錄', '記錄', '記錄人', '整理', '纪要整理', '会议记录人', '会议记录员', '会议纪录人', '會議記錄人', '會議紀錄人'],
  time: ['时间', '会议时间', '日期', '会议日期', '召开时间', '時間', '會議時間', '开会时间', '開會時間', '开会日期', '開會日期', '會議日期',
    // One label for both ("會議日期及時間：…").
    '日期及时间', '日期及時間', '会议日期及时间', '會議日期及時間', '日期/时间', '日期/時間'],
  place: ['地点', '会议地点', '地址', '地點', '會議地點', '会议室', '召开地点'],
  meta: ['索引号', '主题分类', '体裁分类', '发布日期', '发布时间', '成文日期', '生效日期', '来源', '信息来源', '作者', '阅读次数', '浏览次数', '点击数', '访问量', '有效性', '公开方式', '公开范围', '主题词', '关键词', '责任编辑', '编辑', '分类', '所属机构', '索引號', '發布日期', '來源', '文章来源', '更新时间', '字号', '打印', '发布', '组配分类', '發文日期', '发文日期', '公开时限', '文件类型', '类别', '紧急程度', '密级', '缓急', '拟稿单位', '拟稿人', '附件', '议题', '會議議題', '会议议题', '会议内容', '會議內容', '会议名称', '内容概述', '内容摘要', '内容提要',
    // An OA form's own fields: they belong to the office that received the minutes, not to the minutes.
    '收文编号', '收文号', '收文日期', '收文时间', '来文单位', '来文机关', '来文字号', '来文文号', '来文编号', '拟办意见', '批示', '领导批示', '批示意见', '办理意见', '阅办意见', '承办单位', '承办人', '办理结果', '登记号', '收文登记号', '处理意见', '传阅意见', '办文编号'],
  docNumber: ['文号', '发文字号', '文件编号', '编号', '期号', '發文字號', '文號'],
  issuer: ['发布机构', '发文机关', '发文单位', '发布单位', '发文机构', '印发机关', '发布部门', '发文部门', '发布機構', '發文機關', '發文單位'],
  title: ['标题', '名称', '文件名称', '文件标题', '标题名称', '題名', '题名', '標題', '公文标题', '信息名称', '信息标题', '信息名稱'],
} as const;

/**
 * An attendance label built from a verb and who attended ("出席委员", "列席职员", "缺席委员"): a verb of
 * attending (or of absence) followed by one of these words.
 */
export const ZH_ATTEND_VERBS = ['出席', '列席', '参加', '参会', '与会', '应出席', '实到', '出列席'];
/**
 * Verbs of attending that open a label naming who attended in a word of its own ("出席干事", "列席住户",
 * "到场社员", "参与人员"): read with ZH_ATTENDEE_ENDS (segment/attend-label-who.ts).
 */
export const ZH_ATTEND_WHO_VERBS = ['出席', '列席', '出列席', '参与', '參與', '到场', '到場', '到会', '到會', '参会', '參會', '与会', '與會', '参加', '參加'];
/** The last character of a noun of persons: 社员, 干事, 住户, 学生, 校友, 家长, 嘉宾, 代表. */
export const ZH_ATTENDEE_ENDS = ['员', '員', '者', '人', '户', '戶', '事', '士', '生', '友', '长', '長', '官', '师', '師', '宾', '賓', '表', '导', '導'];
export const ZH_ABSENT_VERBS = ['缺席', '请假', '因事缺席', '因公请假', '因事请假', '未出席'];
/** Those at the meeting, opening a list in a sentence ("到会的领导有：…"), matched on the folded text. */
export const ZH_PRESENT_AT = ['到会', '与会'];
/** An aside before a name marking the post as held concurrently or acting ("院长(兼)赵某"). */
export const ZH_POST_ASIDES = ['兼', '兼任', '代', '代理'];
/** Absence told as a phrase heading the list ("因事未能出席(已致歉)：", "未能出席："), matched on the folded text. */
export const ZH_ABSENT_PHRASES = ['因事未能出席', '因故未能出席', '因公未能出席', '因病未能出席', '未能出席', '未能出席会议', '因事未出席', '因故未出席', '因故缺席', '因病缺席', '因公缺席'];
export const ZH_ATTENDEE_NOUNS = ['委员', '议员', '代表', '成员', '人员', '人士', '领导', '嘉宾', '职员', '秘书', '同志', '董事', '理事', '监事', '老师', '教师', '家长', '单位', '部门', '官员', '者', '人'];

/** A headcount or a pointer to a sign-in sheet where names would stand ("应到代表170人，实到152人"). */
export const ZH_HEADCOUNT = ['应到', '應到', '实到', '實到', '总额', '總額', '签到', '簽到', '名单详', '名單詳', '详见', '詳見', '详如', '詳如', '人数', '人數'];

/**
 * An attendance list that points elsewhere instead of naming anyone ("如附件", "参照考勤表", "如视讯截图"):
 * the words that open such a pointer, and the things it points to (fields/list-pointer.ts).
 */
export const ZH_POINTER_LEADS = ['如', '见', '見', '详见', '詳見', '详如', '詳如', '详如附', '詳如附', '参照', '參照', '参见', '參見', '请见', '請見', '另见', '另見', '另附'];
export const ZH_POINTER_TARGETS = ['附件', '附表', '表', '簿', '册', '冊', '单', '單', '图', '圖', '照片', '名单', '名單', '记录', '記錄'];

/** A model-essay site's label on a page heading ("常务会议纪要范文精选"): a writing model, not a record. */
export const ZH_MODEL_ESSAY = ['范文', '範文', '范例', '範例', '例文', '样文', '樣文', '范本', '範本'];
/** A model-essay site's offer of the text below ("本站为你精心整理了…范文，希望能为你的创作提供参考价值"). */
export const ZH_MODEL_OFFER = ['精心整理', '精心收集', '精心挑选', '精心挑選', '供参考', '供參考', '提供参考', '提供參考', '参考价值', '參考價值', '仅供参考', '僅供參考', '供借鉴', '供借鑒', '欢迎阅读', '歡迎閱讀'];

/**
 * A guide's preface offering what follows as a model for writing minutes ("提供一则撰写会议纪要的参考"):
 * the verb of writing, the record, then what the guide offers (result/verdict.ts).
 */
export const ZH_WRITING_OFFER = {
  write: ['撰写', '撰寫', '编写', '編寫', '书写', '書寫', '写好', '寫好', '起草'],
  offer: ['参考', '參考', '模板', '范本', '範本', '示例', '样例', '樣例', '样板', '樣板'],
};

/** A name or place masked in a model text ("局长某某", "某某市人民医院"), where a record prints its own. */
export const ZH_MASKED_NAME = ['某某', '某某某'];

/** The parts of a record as a writing guide lists them, each a numbered heading alone ("1. 标题", "3. 出席人员"): a guide's outline, where a record fills each in. */
export const ZH_RECORD_PARTS = ['标题', '時間', '时间', '地点', '地點', '时间和地点', '时间地点', '會議名稱', '会议名称', '会议主题', '出席人员', '出席人員', '列席人员', '缺席人员', '缺席人员及原因', '参会人员', '与会人员', '主持人', '记录人', '会议记录人', '会议议程', '讨论内容', '发言内容', '会议内容', '决议事项', '签字确认', '签字', '正文', '开头', '主体', '结尾', '落款'];

/** Distribution labels of the closing block (版记), by the recipient's role. */
export const ZH_DISTRIBUTION: Record<RecipientRole, readonly string[]> = {
  report: ['报', '报送', '呈报', '報'],
  send: ['送', '主送', '发送', '送达', '發送', '印送'],
  copy: ['抄送', '抄', '抄致', '抄报', '抄報'],
  distribute: ['发', '分送', '发至', '下发', '發', '分發', '分发', '本期发', '本期發', '本期送'],
};

/** Ends of a printing line: "XX办公室 2016年11月30日印发". */
export const ZH_PRINTED = ['印发', '印發', '印送', '发出', '發出', '印'];

/** The title's own minutes marker; a kind of meeting may stand for 会议 ("…談話會紀錄", "座谈会记录"). */
export const ZH_TITLE_MARKS = ['纪要', '紀要', '会议记录', '會議記錄', '会议纪录', '會議紀錄', '会议纪实', '会议备忘', '会议记要', '會議記要', '议事录', '議事錄', '会议摘要', '會議摘要', '会纪录', '會紀錄', '会记录', '會記錄'];

/** The meeting as the subject of a sentence: "会议认为", "会上强调". */
export const ZH_MEETING = ['会议', '會議', '会上', '會上', '與會', '与会'];

/** What the meeting decided (heads of the decisions section and outcome sentences). */
export const ZH_DECIDE = ['议定', '决定', '确定', '明确', '同意', '决议', '議定', '決定', '確定', '明確', '議決', '決議', '议决'];
/**
 * What the meeting did with an item of its record before its outcome ("会议审定通过了…", "会议研究确定了…"):
 * a body's published record lists its items so, one paragraph each.
 */
export const ZH_REVIEW = ['审议', '审定', '研究', '讨论', '听取', '审阅', '审核', '研究讨论', '专题研究', '集体研究', '审议并', '審議', '審定', '討論', '聽取', '研究討論', '协商', '協商', '研究协商'];

/**
 * Verbs that decide an item by approving it ("会议审议并原则通过了《…》", "会议审定了《…》"): an outcome
 * like the words of ZH_DECIDE when the meeting is their subject.
 */
export const ZH_APPROVE = /* @__PURE__ */ twins(['通过', '通過', '批准', '审定', '審定', '审定通过', '审议通过', '審議通過']);

/** Words a topic is numbered by ("议题二：", "提案1.", "动议3."): each numbered so is an item of the record. */
export const ZH_TOPIC_WORDS = ['议题', '議題', '事项', '事項', '提案', '议案', '議案', '动议', '動議', '临时动议', '臨時動議'];

/**
 * Who decides besides the meeting itself, as the subject of an outcome: "议员同意于下次会议讨论…",
 * "委员会同意…", "与会人员一致同意…" (Hong Kong and Taiwan records speak so).
 */
export const ZH_DECIDERS = ['议员', '議員', '委员', '委員', '委员们', '委員們', '委员会', '委員會', '小组委员会', '小組委員會', '与会人员', '與會人員', '与会者', '與會者', '与会代表', '與會代表', '全体委员', '全體委員', '出席委员', '出席委員', '大会', '大會', '理事会', '理事會', '董事会', '董事會', '常委会', '常委會', '本次会议', '本次會議'];
/**
 * Labels a motion's outcome stands under, on its line or in brackets ("决议：照案通过", "【議決】…",
 * "主席裁示：…", "决定：同意…"): a numbered item holding one was decided.
 */
export const ZH_OUTCOME_LABELS = ['决议', '決議', '议决', '議決', '决定', '決定', '裁示', '主席裁示', '裁决', '裁決', '结论', '結論', '会议结论', '會議結論', '决议事项', '決議事項',
  // A project's notes label each outcome "决策：" ("决策一：…"), a team's what it agreed ("会后共识：…").
  '决策', '決策', '共识', '共識', '会议共识', '會議共識', '会后共识', '會後共識'];
/** What a team's log calls each of its meetings under its own heading ("## 第二次会议", "2024年9月20日第一次会议") (segment/meeting-log.ts). */
export const ZH_LOG_MEETINGS = ['会议', '會議', '例会', '例會', '组会', '組會', '小组会议', '小組會議', '讨论会', '討論會'];
/** Labels of a motion's vote count that closes it ("投票結果：同意7 不同意0 棄票1，通過") (fields/vote-result-line.ts). */
export const ZH_VOTE_RESULT_LABELS = ['投票结果', '投票結果', '表决结果', '表決結果'];
/** A vote's count told alone, for and against ("同意3 不同意1 棄票2") (fields/decisions.ts). */
export const ZH_VOTE_COUNT = { for: ['同意', '赞成', '贊成'], against: ['不同意', '反对', '反對'] };
/** A motion lost ("（不通過，…）", "未获通过", "否决") (fields/decisions.ts). */
export const ZH_MOTION_LOST = ['不予通过', '不予通過', '不通过', '不通過', '未获通过', '未獲通過', '未通过', '未通過', '否决', '否決'];
/** What such a count ends with when the motion passed. */
export const ZH_VOTE_PASSED = ['通过', '通過'];
/** The labels a motion's own outcome line opens with ("決議：照案通過", "決　議：" over it) (fields/spaced-labels.ts). */
export const ZH_OUTCOME_LINE_LABELS = ['决议', '決議', '决定', '決定', '议定', '議定'];
/** Labels that open a motion put to the meeting ("案由：…", "提案二：…"), or its number "第一案". */
export const ZH_MOTION_HEADS = ['案由', '案名', '提案', '议案', '議案', '议题', '議題', '讨论案', '討論案'];
/** Words that open a motion only with its number ("討論一：…", "讨论二、…"): bare, they open any discussion (fields/numbered-motions.ts). */
export const ZH_NUMBERED_MOTION_HEADS = ['讨论', '討論'];
/** A motion's explanation label ("說明：" over its points "（一）…（二）敬請 公決。"), before its outcome. */
export const ZH_MOTION_EXPLAIN = ['說明', '说明'];
/**
 * What the meeting did with an item of its record when no outcome is stated ("会议听取了…汇报",
 * "会议研究了…事宜"): a body's record lists such items as what the meeting dealt with (LABELS.md).
 */
export const ZH_RECORD_REVIEW = ['听取', '聽取', '研究', '讨论', '討論', '审议', '審議', '研究讨论', '研究討論', '研究审议', '研究審議', '审阅', '審閱', '审核', '審核'];
/** A person chosen: "秘书宣布刘某议员当选小组委员会主席". */
export const ZH_CHOSEN = ['当选', '當選', '获选', '獲選', '选为', '選為'];
/** A person put to a post by the meeting: "推荐选举X为理事长", "推选X为组长". */
export const ZH_ELECT = ['推荐选举', '推薦選舉', '选举', '選舉', '推选', '推選', '推举', '推舉', '任命', '聘任', '增补', '增補'];

/** Views of the meeting, not decisions. */
export const ZH_VIEW = ['认为', '認為', '指出', '强调', '強調', '肯定', '提出'];
/** The meeting's requirements. */
export const ZH_REQUIRE = ['要求', '提出要求'];

/** A body's word printed between a person's name and their post: "张莹支部书记", "钱七工会主席", "孙八村委会主任". */
export const ZH_POST_BODIES = ['党支部', '支部', '党总支', '总支', '党委', '党组', '团支部', '团委', '工会', '村委会', '居委会', '村委', '居委', '妇联', '學生會', '学生会', '理事会', '理事會', '董事会', '董事會', '监事会', '監事會', '黨支部', '黨委', '黨總支', '團支部'];

/** Honorific titles and offices that stand before (or after) a person's name. */
export const ZH_PERSON_TITLES = [
  '秘书长', '书记', '副书记', '主任', '副主任', '县长', '副县长', '区长', '副区长', '市长', '副市长', '省长', '副省长', '州长', '副州长',
  '镇长', '副镇长', '乡长', '副乡长', '旗长', '副旗长', '院长', '副院长', '校长', '副校长', '局长', '副局长', '处长', '副处长', '科长', '副科长', '部长', '副部长',
  '厅长', '副厅长', '主席', '副主席', '组长', '副组长', '所长', '副所长', '站长', '副站长', '总经理', '副总经理', '经理', '副经理', '董事长',
  '理事长', '会长', '副会长', '常委', '委员', '负责人', '主委', '院士', '教授', '助理',
  // A council's speaker and a committee's head, in both scripts: "黄议长义交", "李主任委员大同".
  '议长', '副议长', '議長', '副議長', '主任委员', '副主任委员', '主任委員', '副主任委員', '召集人', '执行长', '執行長', '总干事', '總幹事', '會長', '副會長', '理事長',
  '总会计师', '总工程师', '总经济师', '总审计师', '总法律顾问', '调研员', '副调研员',
  '縣長', '副縣長', '區長', '副區長', '市長', '副市長', '鎮長', '副鎮長', '鄉長', '副鄉長', '院長', '副院長', '校長', '副校長', '局長', '副局長',
  '處長', '副處長', '科長', '副科長', '部長', '副部長', '廳長', '副廳長', '組長', '副組長', '書記', '副書記', '總經理', '經理', '董事長', '理事長',
  // A company's board: "会议由董事罗开全主持", "由监事会主席…".
  '董事', '独立董事', '獨立董事', '监事', '監事',
  // A member of a body's Party group, named as a post: "市政协党组成员韩俊义".
  '党组成员', '黨組成員',
  // The heads of a newspaper, a library, a bank, a kindergarten, a troupe, a works, a village: "社长侯某主持".
  '社长', '副社长', '馆长', '副馆长', '行长', '副行长', '园长', '副园长', '团长', '副团长', '厂长', '副厂长', '村长', '总编辑', '总裁', '副总裁',
  '社長', '副社長', '館長', '副館長', '行長', '副行長', '園長', '副園長', '團長', '副團長', '廠長', '副廠長', '村長', '總編輯', '總裁', '副總裁',
];

/** The chair named by the act of calling the meeting ("杜某会长在北京召集第二次会长办公会"), read as 召开 is: with a post beside the name. */
export const ZH_CONVENE_VERBS = ['召集'];

/** What a chair named right after "主持人" goes on to do, with no colon between ("主持人胡某宣读到会人数"). */
export const ZH_CHAIR_OPENING_ACTS = ['宣读', '宣讀', '宣布', '宣佈', '介绍', '介紹', '致辞', '致詞', '致词', '讲话', '講話', '首先', '通报', '通報', '传达', '傳達', '总结', '總結'];

/** A courtesy word after a name ("董事长阮立平先生主持"): not part of the name. */
export const ZH_COURTESY_AFTER = ['同志', '先生', '女士', '小姐'];

/**
 * Posts that stand in a list's cell of their own, beside or above the name ("法律顾问" / "张某某先生",
 * "总主任(2)2", "理事：…"): words a cell ends with when it holds a post, not a person.
 */
export const ZH_LIST_POSTS = ['秘书', '秘書', '祕书', '祕書', '顾问', '顧問', '专员', '專員', '律师', '律師', '调研员', '調研員', '队长', '隊長', '主管', '干事', '幹事', '理事', '监事', '監事', '职员', '職員', '工作人员', '工作人員', '主任', '助理', '编辑', '編輯', '参事', '參事', '督学', '督學'];

/**
 * A group named by its kind in an attendance sentence ("校领导", "各科室负责人", "离退休领导班子成员",
 * "相关人员"): who they are is not printed, so they are no attendee. Starts and ends of such a group;
 * the members of a body named as such ("全体校长办公会成员") are listed as printed.
 */
export const ZH_GROUP_STARTS = ['各', '有关', '相关', '其他', '其它', '全体', '部分', '列席单位', '出席单位'];
export const ZH_GROUP_ENDS = ['领导', '领导班子', '領導班子', '领导班子成员', '班子成员', '成员', '负责人', '负责同志', '主要负责同志', '相关人员', '有关人员', '工作人员', '人员', '同志', '同志们', '干部', '代表', '职工', '教师', '师生'];

/** Endings of a body, an office holder or a group of staff that can be made responsible. */
export const ZH_UNIT_ENDS = [
  '部门', '单位', '人员', '科室', '办公室', '办公厅', '政府', '委员会', '领导小组', '工作组', '小组', '委', '局', '厅', '部', '处', '科', '室',
  '中心', '集团', '公司', '院', '所', '站', '队', '组', '街道', '乡镇', '镇', '乡', '村', '社区', '学校', '学院', '大学', '医院', '支部', '党委',
  '党组', '工委', '管委会', '指挥部', '协会', '学会', '联合会', '分局', '机关', '同志', '干部', '职工', '班子', '负责人', '成员', '办', '行', '馆',
  '台', '社', '会', '股', '人',
  '部門', '單位', '人員', '辦公室', '委員會', '領導小組', '處', '組', '隊', '鄉鎮', '鄉', '辦', '會', '學校', '學院', '醫院', '幹部', '負責人', '機關',
];

/** What a letterhead prints after the body's name ("某某市交通运输局文件"): no part of the name. */
export const ZH_LETTERHEAD_SUFFIXES = ['文件'];

/** Bodies known by a shorthand with no usual ending ("县妇联", "市工商联", "区科协"). */
export const ZH_BODY_SHORTHANDS = ['妇联', '婦聯', '残联', '殘聯', '工商联', '工商聯', '侨联', '僑聯', '文联', '文聯', '科协', '科協', '红十字会', '紅十字會', '关工委', '關工委'];

/** Office holders a record asks to act ("请总干事…", "由游委员…"): a committee's posts, not a body's ending. */
export const ZH_OFFICE_HOLDERS = ['总干事', '總幹事', '干事', '幹事', '委员', '委員', '理事', '监事', '監事', '主委', '秘书', '秘書', '人员', '人員'];

/** Endings of an organisation's name (an issuer). */
export const ZH_ORG_ENDS = [
  '办公室', '办公厅', '人民政府', '政府', '委员会', '常委会', '领导小组', '工作组', '小组', '委', '局', '厅', '部', '处', '中心', '集团', '公司',
  '学院', '大学', '学校', '医院', '街道', '办事处', '党委', '党组', '工委', '管委会', '协会', '学会', '联合会', '人大', '政协', '支部', '总支',
  '分局', '支队', '大队', '办', '辦公室', '辦公廳', '委員會', '領導小組', '辦',
  // Councils and offices as Taiwan, Hong Kong and Macau records name them ("臺東縣議會", "吉安鄉公所", "立法會秘書處").
  '议会', '議會', '代表会', '代表會', '公所', '秘书处', '秘書處', '署',
  // A Hong Kong estate's owners' corporation ("某某苑业主立案法团").
  '法团', '法團',
];

/**
 * Schools and associations that head a record's title on the line above it ("新北市立大觀國民中學" /
 * "108學年度第1學期第2次校務會議紀錄"): part of the title; a site's banner may name them too, so they
 * are not read as the issuer on their own.
 */
export const ZH_TITLE_BODY_ENDS = [
  '中学', '中學', '小学', '小學', '高中', '国中', '國中', '国小', '國小', '家长会', '家長會', '教师会', '教師會', '校友会', '校友會',
  '理事会', '理事會', '董事会', '董事會', '基金会', '基金會', '商会', '商會', '工会', '工會', '促进会', '促進會', '协进会', '協進會',
  '研究会', '研究會', '总会', '總會', '社区', '社區', '研究所', '研究院',
];

/** Verbs that close "由X…" (the X who is responsible): 由X负责, 由X牵头, 由X按照… */
export const ZH_BY_STOPS = /* @__PURE__ */ twins([
  '负责', '牵头', '会同', '配合', '协助', '按照', '按', '根据', '依据', '结合', '对', '向', '就', '在', '于', '将', '把', '进一步', '抓紧', '尽快',
  '认真', '组织', '研究', '做好', '落实', '制定', '提出', '修改', '完善', '办理', '实施', '协调', '统筹', '开展', '进行', '起草', '督促', '具体',
  '另行', '报送', '报', '提请', '召集', '安排', '承担', '统一', '审核', '联系', '拟定', '编制', '汇总', '跟进', '推进', '实行', '执行', '收集',
  '整理', '细化', '列入', '纳入', '及时', '予以', '一并', '全面', '切实', '主动', '积极', '共同', '分别', '做', '牵', '会商', '商', '与', '征求',
  '指导', '督办', '跟踪', '派', '出资', '筹集', '筹措', '解决', '处理', '审定', '审查', '核实', '调查', '反馈', '答复', '回复', '拿出', '形成',
  '上报', '发文', '印发', '下发', '通知', '召开', '启动', '从', '通过', '以', '支持', '补助', '给予', '出', '承办', '主抓', '抓', '督导', '审批', '支出', '支付',
  '協調', '負責', '牽頭', '組織', '落實',
  // A committee's motions: "由总干事公告…", "由副主委列出…", "由游委员担任…".
  '公告', '拟稿', '擬稿', '询价', '詢價', '评估', '評估', '列出', '担任', '擔任', '执行', '執行', '购买', '購買', '设计', '設計',
  // "由业务单位针对…再作分析": what the work is about follows the one who does it.
  '针对', '針對', '围绕', '圍繞',
  // The same acts in traditional characters: "由教務處研議", "由總務處辦理".
  '辦理', '研議', '研议', '研擬', '研拟', '處理', '統籌', '彙整', '汇整', '彙總', '聯繫', '联系', '修正', '公布', '公佈',
]);

/** Verbs that make the clause's subject the lead or a partner: "X牵头，Y配合". */
export const ZH_LEAD_VERBS = /* @__PURE__ */ twins(['牵头', '负责', '主办', '主责', '配合', '协办', '协助', '牽頭', '負責']);

/** Numerals of item numbering and dates. */
export const ZH_DIGITS: Record<string, number> = {
  〇: 0, 零: 0, '○': 0, Ｏ: 0, O: 0, o: 0, 一: 1, 二: 2, 两: 2, 兩: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9,
  // Capital numerals of Traditional records' numbering (壹、貳、參).
  壹: 1, 贰: 2, 貳: 2, 叁: 3, 参: 3, 參: 3, 肆: 4, 伍: 5, 陆: 6, 陸: 6, 柒: 7, 捌: 8, 玖: 9,
};

/**
 * The chair named in a Hong Kong record's run-together list, with no colon ("出席者主席林偉強, BBS, 太平紳士"):
 * what may follow the name.
 */
export const ZH_CHAIR_HONOURS = ['议员', '議員', '先生', '女士', '太平绅士', '太平紳士', '博士', '教授', '校长', '校長', '理事长', '理事長', '主任'];

/** A site's greeting over its pages, naming the site's owner, not a record's issuer ("欢迎访问XX县人民政府"). */
export const ZH_SITE_GREETINGS = ['欢迎访问', '欢迎光临', '欢迎来到', '歡迎訪問', '歡迎光臨', '歡迎來到', '您好，欢迎'];

/** Capital numerals as printed in item numbering. */
export const ZH_CAPITAL_NUMERALS = '壹贰貳叁参參肆伍陆陸柒捌玖拾';

/**
 * Marks of a news story about a meeting (test/pages/LABELS.md): a reporter's or an outlet's mark,
 * an editor's line. Where a page carries one, it is news, even when it itemizes what was decided.
 */
export const ZH_NEWS = {
  /** A reporter named at the head or in a byline: "（记者 赵某 张某）", "【全媒体记者 吴某】". */
  reporter: ['记者', '通讯员', '全媒体记者', '融媒体记者', '特约记者', '见习记者', '实习记者', '本报记者', '特约通讯员', '首席记者'],
  /** An outlet's dateline opening the story: "本报讯", "文成新闻网讯", "【本报消息】". */
  dateline: ['本报讯', '本报消息', '本网讯', '本网消息', '本站讯', '本站消息', '本台讯', '本台消息', '本刊讯', '新闻网讯', '网讯', '电视台讯', '专电'],
  /** Words of a news tag in brackets at a paragraph's start: 【时政新闻】, 【本报消息】. */
  tag: ['新闻', '要闻', '快讯', '消息', '记者', '通讯员', '报道', '动态', '头条', '讯'],
  /**
   * An editor's credit, a story's mark on its own wherever the line stands ("责任编辑：王某"). A lone
   * reviewer's sign-off ("（审核：某某）") closes any body's post, its own records too: it counts
   * beside another staff label, or as a line of its own.
   */
  editor: ['编辑', '责编', '责任编辑', '撰稿编辑', '值班编辑', '网络编辑', '新媒体编辑'],
  /** Labels of an editor's or reviewer's line: "编辑：赖某 审核：黄某", "（编辑 一晨）", "（文：医改办 图：张某 审核：赵某）". */
  staff: ['编辑', '责编', '责任编辑', '报道', '报导', '采写', '审核', '审稿', '初审', '复审', '终审', '三审', '校对', '撰稿', '摄影', '摄像', '文字', '图片', '排版', '美编', '文', '图', '图文'],
  /** An outlet named after 来源: a newspaper, news site, media centre or station. */
  outlet: ['新闻网', '新闻中心', '新闻办', '日报', '晚报', '早报', '都市报', '报社', '时报', '电视台', '广播电视台', '广播电视总台', '融媒体中心', '融媒体', '广电总台', '广电中心', '传媒', '新华社', '新华网', '人民网', '澎湃', '宣传', '宣傳'],
  /** A newsroom's role printed after the name: "李某/文 张某/摄 赵某/审". */
  roleAfterName: ['文', '图', '摄', '审', '编', '图文', '摄影', '校'],
  /** A byline's closing word: "（李某、刘某 报道）". */
  reported: ['报道', '报导', '供稿', '撰稿', '采写'],
  /**
   * How the name of a body's own office ends: a closing "（院办）", "（党政办公室）", "（组织部）" credits the
   * office that posted the record, not a reporter.
   */
  ownOffice: ['办公室', '办', '处', '科', '室', '部', '中心', '委员会', '局', '厅', '署'],
  /** What a closing bracket holds that is no byline: "（试行）", "（讨论稿）", "（第二批）". */
  notByline: ['试行', '暂行', '草案', '修订', '修订稿', '修正', '讨论稿', '送审稿', '征求意见稿', '初稿', '定稿', '代', '略', '完', '待定', '扩大', '摘要', '节选', '附件', '见附件', '下同', '此件公开发布', '此页无正文', '批', '稿', '主席', '副主席', '主持', '主持人', '召集人', '副召集人', '秘书', '秘書', '委员', '委員', '记录', '紀錄', '纪录', '列席', '缺席', '请假', '請假', '代理', '代表'],
  /** A dateline counted from the day of printing: a record dates its meeting, a paper says "昨" or "今午". */
  yesterday: ['昨日', '昨天', '昨晚', '昨晨', '昨午', '昨', '今午', '今晨', '今早'],
} as const;

/** Verbs of someone speaking: a story narrates a leader's speech (X指出 / X强调 / X要求), a record states what the meeting did. */
export const ZH_SPEECH = ['指出', '强调', '要求', '表示', '希望', '讲话', '谈到', '提到', '说'];

/**
 * A meeting's own record without a 纪要 title (test/pages/LABELS.md): "9月23日下午，X主持召开…会议"
 * over items stating what the meeting did ("会议审议通过了…", "会议研究了…").
 */
/** A unanimous vote as the adverb of an outcome: "会议全票通过了…" (fields only: kept out of the page half's bundle). */
/**
 * Labels a task's fields stand under inside a decision ("责任单位：区住建局。完成时限：9月30日"), as
 * 督办 lists print them: the one to act and the deadline.
 */
// Both scripts listed (no twins() call): a plain list is left out of the content script's bundle.
export const ZH_TASK_LABELS = {
  owner: ['责任单位', '责任部门', '责任处室', '责任科室', '责任人', '牵头单位', '牵头部门', '牵头领导', '主办单位', '承办单位', '落实单位', '配合单位', '协办单位',
    '責任單位', '責任部門', '責任處室', '責任科室', '責任人', '牽頭單位', '牽頭部門', '牽頭領導', '主辦單位', '承辦單位', '落實單位', '配合單位', '協辦單位'],
  due: ['完成时限', '完成时间', '办结时限', '时限要求', '完成期限', '时间节点', '时限', '完成時限', '完成時間', '辦結時限', '時限要求', '時間節點', '時限'],
};
/**
 * Part headings of a Taiwan-style record: its reports (heard, acknowledged, not decided) and the parts
 * after them (plain lists, no twins() call: left out of the content script's bundle).
 */
export const ZH_PARTS = {
  report: ['报告事项', '報告事項', '报告事项', '會務報告', '会务报告', '業務報告', '业务报告', '工作報告事項', '工作报告事项'],
  next: ['讨论事项', '討論事項', '讨论提案', '討論提案', '提案讨论', '提案討論', '提案', '临时动议', '臨時動議', '选举', '選舉', '议决事项', '議決事項', '决议事项', '決議事項', '讨论及决议事项', '討論及決議事項', '散会', '散會'],
};
export const ZH_VOTE_ADVERBS = ['全票', '全体一致', '全體一致'];
export const ZH_RECORD = {
  /** How the record opens: the meeting held, convened or presided. */
  held: /* @__PURE__ */ twins(['主持召开', '主持了', '召开了', '召开', '举行了', '举行', '主持']),
  /** What a meeting is called at the end of "召开…": 常务会议, 办公会, 联席会, 常委会, 理事会. */
  meeting: /* @__PURE__ */ twins(['会议', '办公会', '联席会', '常委会', '理事会', '董事会', '例会', '座谈会', '协调会', '推进会', '调度会', '专题会', '大会', '全会', '委员会', '党委会', '党组会', '支委会', '党总支会', '班子会', '务会', '行政会', '碰头会', '议事会', '听证会', '恳谈会']),
  /** Adverbs between the meeting and its act: "会议还研究了", "会议集体学习了". */
  // 共: "本次会议共审议通过《…》、《…》". An act taken for now ("会议初步决定") or by the members'
  // own vote ("民主审议通过", "民主推选") is the meeting's all the same.
  adverbs: /* @__PURE__ */ twins(['还', '共', '再次', '集体', '认真', '分别', '首先', '最后', '先后', '一致', '原则', '专题', '并', '同时', '重点', '逐项', '进一步', '初步', '民主', '成功']),
  /** The meeting itself as a speaker ("会议强调", "大会指出"): its own view, not a leader's speech. */
  voices: /* @__PURE__ */ twins(['会议', '会上', '大会', '本次会议', '本会', '与会', '全会', '常委会', '委员会']),
  /** A meeting still to be held: "会议将审议", "拟于…召开", "定于…召开". */
  toCome: /* @__PURE__ */ twins(['将', '拟', '定于', '计划于', '预计']),
  /** What the meeting did, in the record's own voice. */
  acts: /* @__PURE__ */ twins(['审议通过', '研究通过', '审定通过', '讨论通过', '表决通过', '审议', '审定', '审查', '研究', '讨论', '听取', '传达学习', '传达', '学习', '通报', '部署', '安排部署', '布置', '议定', '决定', '同意', '通过', '批准', '明确', '确定', '选举', '推选', '表决', '评审', '评议', '审阅', '审核', '研判', '商议', '商定', '会商', '协调', '审批']),
} as const;


/**
 * A writing guide's marks on its heading ("会议纪录格式", "公文撰作解析", "会议记录怎么写？"): a page
 * about how minutes are written, not one meeting's record. (A 范文 label is weighed apart, by
 * ZH_MODEL_ESSAY: it may stand over a real record quoted whole.)
 */
export const ZH_GUIDE = ['格式', '写法', '怎么写', '如何写', '怎样写', '如何做', '怎么做', '怎样做', '如何撰写', '怎样撰写', '写作', '撰作', '撰写要点', '解析', '须知', '注意事项', '名词'];

/**
 * How a page about 纪要 talks of them as a kind of document (result/verdict.ts): what follows 纪要 when a
 * guide defines it ("会议纪要是一种…", "纪要的写法"), or says what any minutes do ("纪要应当…"); the words a
 * title adds when it offers a model ("…会议纪要参考") or names rules or a guide in an aside ("（…议事规则）").
 */
export const ZH_GUIDE_TALK = {
  genre: ['是一种', '是一種', '是指', '的写法', '的寫法', '的格式', '的特点', '的特點', '的种类', '的種類', '的结构', '的結構', '的概念', '的作用'],
  general: ['应当', '應當', '应该', '應該', '一般', '通常', '具有'],
  modelTitle: ['参考', '參考', '范文', '範文', '模板', '样本', '樣本', '范例', '範例'],
  rulesAside: ['规则', '規則', '制度', '章程', '守则', '守則', '流程', '格式', '模板', '范本', '範本', '写法', '寫法', '范文', '範文'],
};

/** A meeting opened or closed by the chair, in the record's voice ("主席宣布会议开始"). */
export const ZH_OPENED = ['宣布会议开始', '宣布开会', '宣布会议开幕', '宣布会议结束', '宣布散会', '宣布闭会', '宣布休会'];

/** A held meeting's close with its clock time ("下午5时散会", "散會：十二時", "会议于11时30分结束"): a record's own line. */
export const ZH_TIMED_CLOSE = ['散会', '散會', '结束', '結束', '闭会', '閉會', '休会', '休會'];

/** A notice asking people to come to a meeting still to be held ("请各单位负责人准时参加", "参会回执"). */
export const ZH_NOTICE = ['准时参加', '准时出席', '准时参会', '按时参加', '按时出席', '参会回执', '报名回执', '会议回执', '请假须报', '不得缺席', '无故缺席'];

/**
 * A body's rules for its meetings (result/meeting-rules.ts): the words its heading ends on ("…会议制度",
 * "會議規則"), and the norms its items state ("应于", "须", "不得", "原则上") where a record states what was done.
 */
export const ZH_MEETING_RULES = {
  kinds: ['制度', '规则', '規則', '规程', '規程', '守则', '守則', '细则', '細則', '章程'],
  norms: ['应当', '應當', '应该', '應該', '应于', '應於', '应由', '應由', '应有', '應有', '应按', '應按', '应在', '應在', '应经', '應經', '应书面', '應書面', '应及时', '應及時', '应提前', '應提前', '须', '須', '不得', '原则上', '原則上', '一般由', '得召开', '得召開'],
};

/**
 * A meeting's record read from its structure, where no minutes title marks it (result/structure.ts):
 * outcomes put to the vote or ruled on, attendance stated in the past, a content list after the
 * meeting held; and what marks a look-alike as such.
 */
export const ZH_STRUCTURE = {
  /** An outcome reached, however it was worded: by a show of hands, unanimously, a chair's ruling. */
  voted: ['一致同意', '一致通过', '全票通过', '举手表决', '表决通过', '获得通过', '获通过', '通过了', '不通过', '不予通过', '予以通过', '照案通过', '修正通过', '决议：', '决议:', '决议如下', '决定：', '决定:', '主席裁示', '裁示：', '裁示:', '结论：', '结论:', '议决：', '议决:',
    // Decided by ballot: "全体委员…进行投票确定".
    '投票确定', '投票決定', '投票决定', '投票確定'],
  /** Who attended, stated as done: "22位村民代表参加了会议", "社区居民议事会成员参加了此次会议". */
  attended: ['参加了会议', '参加了此次会议', '参加了本次会议', '出席了会议', '出席了此次会议', '出席了本次会议', '列席了会议', '参加会议。', '出席会议。', '列席会议。'],
  /** A content list's head after the meeting held: "会议主要内容：". */
  contents: ['会议主要内容', '会议内容如下', '主要内容如下', '会议议定事项', '会议研究事项', '会议事项'],
  /** Who kept the record, as a label over a name ("紀錄：林某", "记录人：张某", "紀錄彙整：莊某"): a record has a recorder, a notice or an agenda none. */
  recorder: ['记录', '紀錄', '記錄', '纪录', '记录人', '紀錄人', '記錄人', '纪录人', '记录员', '記錄員', '紀錄員', '纪录员', '紀錄彙整', '記錄彙整', '纪录汇整', '记录汇整', '记录整理', '紀錄整理', '纪录整理', '記錄整理'],
  /** A vote counted, as a record prints it: "赞成票：7票", "贊成權數：37,878,857 權", "反对0票". */
  tally: ['赞成', '贊成', '反对', '反對', '弃权', '棄權', '同意票', '不同意票', '赞成票', '反对票', '弃权票', '贊成票', '反對票', '棄權票'],
  /** A meeting announced, not yet held: "拟定于…召开", "现将有关事项通知如下". */
  announced: ['现将有关事项通知如下', '现将会议有关事项通知如下', '有关事项通知如下', '现就有关事宜通知如下', '有关事宜通知如下', '现将有关事宜通知如下', '特此通知', '开会通知单', '開會通知單', '开会事由', '開會事由', '会议通知单', '會議通知單'],
  /** A meeting still to come, before 召开/举行 in the same sentence. */
  toCome: ['拟定于', '拟于', '定于', '将于', '计划于', '预计于', '拟在'],
  /** A statute's or a rule book's marks: "法规名称：", "条文". */
  statute: ['法规名称', '法规类别', '条文关联', '相关令函', '历史条次', '发布文号'],
  /** A heading publishing what a meeting resolved or how its vote went ("…董事会第十六次会议决议公告", "…业主大会表决结果"): the body's own record of the outcome. */
  results: ['决议公告', '決議公告', '决议的公告', '決議的公告', '决议公示', '決議公示', '表决结果', '表決結果', '表决结果公告', '表決結果公告', '表决结果公示', '表決結果公示'],
  /** An item of a decisions list opening with the act done: "审议通过了…", "同意…", "原则同意…". */
  itemOutcomes: ['审议通过', '審議通過', '研究通过', '讨论通过', '表决通过', '原则同意', '原則同意', '原则通过', '一致同意', '同意', '决定', '決定', '批准', '议定', '議定'],
  /** What the meeting itself decides inside an item ("…，会议要求抓紧办理"). */
  itemVerdicts: ['同意', '决定', '決定', '要求', '明确', '明確', '确定', '確定', '议定', '議定', '原则同意', '原則同意'],
} as const;

/**
 * Who decides inside a run-on sentence, for the last reading of decisions: "由与会委员共同审议通过了…",
 * "最后全员…，通过了…".
 */
export const ZH_LOOSE_DECIDERS = ['与会', '與會', '全体', '全體', '全员', '全員', '会议', '會議', '会上', '會上', '大会', '大會', '委员', '委員', '代表', '成员', '成員', '理事', '董事', '监事', '監事', '常委', '班子', '议事会', '議事會', '大家'];
/** An outcome stated of them. */
export const ZH_LOOSE_OUTCOMES = ['审议通过', '審議通過', '讨论通过', '討論通過', '表决通过', '表決通過', '一致通过', '一致通過', '原则通过', '原則通過', '通过了', '通過了', '一致同意', '同意了', '决定', '決定', '议定', '議定', '决议', '決議', '达成共识', '達成共識'];
/** An outcome reached before the meeting, told as background: "业经立法院三读通过", "已经…决议通过". */
export const ZH_EARLIER_OUTCOME = ['业经', '業經', '已经', '已經', '三读', '三讀', '曾经', '曾經', '上次会议', '上次會議', '前次会议', '前次會議'];
/** What may stand before them at the clause's start: "同时由与会委员…", "最后全员…". */
export const ZH_LOOSE_LEADS = ['同时', '同時', '随后', '隨後', '最后', '最後', '然后', '然後', '并', '並', '经', '經', '由', '后', '後', '会后', '會後'];
/** A short line that closes a record's motions ("臨時動議：無", "散會：晚上8時30分"): the motion above ends there. */
export const ZH_MOTIONS_END = ['临时动议', '臨時動議', '散会', '散會', '闭会', '閉會', '会议结束', '會議結束', '主席结论', '主席結論'];
/** A part of a council's record given to questioning the executive ("镇政总质询"): its points are questions asked, not work decided. */
export const ZH_QUESTIONING = ['质询', '質詢', '询问', '詢問', '答询', '答詢', '质疑', '質疑'];
/** A sitting's procedure told as an item ("请主席宣布开会", "宣读第2次会议纪录"): no decision. */
export const ZH_PROCEDURE = ['宣布开会', '宣布開會', '宣读', '宣讀', '法定人数', '法定人數', '法定额数', '法定額數', '宣布散会', '宣布散會'];
/** A post filled by the meeting with no "为" after it: "推选出大会主席团常务主席", "选举产生…". */
// …and an election told as done ("会议成功选举了政府镇长、人大主席各一名").
export const ZH_ELECTED_OUT = ['推选出', '推選出', '选举出', '選舉出', '推举出', '推舉出', '选出', '選出', '推选产生', '推選產生', '选举产生', '選舉產生', '选举了', '選舉了', '推选了', '推選了'];
/** How the meeting voted, before its outcome: "会议以举手表决的方式，通过了…". */
export const ZH_VOTE_MEANS = ['举手表决', '舉手表決', '无记名投票', '無記名投票', '投票表决', '投票表決', '表决', '表決', '鼓掌', '举手', '舉手'];

/** Words by which a heading line names a meeting (the title fallback): "…第八次常务会议", "…专委会召开", "…-辅导会议". */
export const ZH_HEADING_MEETING = ['会议', '會議', '会报', '會報', '大会', '大會', '常委会', '常委會', '专委会', '專委會', '办公会', '辦公會', '联席会', '聯席會', '座谈会', '座談會', '协调会', '協調會', '推进会', '推進會', '理事会', '理事會', '董事会', '董事會', '监事会', '監事會', '委员会', '委員會', '例会', '例會', '会商', '會商'];

/**
 * A Hong Kong record's list run together after "出席者" with no separator ("主席林某BBS太平绅士副主席周某太平绅士议员方某先生…"):
 * the honours each name ends with, the labels that end the list, and the words a post or a body ends with before the next name.
 */
export const ZH_RUN_ON_ATTEND = {
  heads: ['出席者', '出席人士', '出席人員', '出席人员'],
  honours: ['太平绅士', '太平紳士', '议员', '議員', '先生', '女士', '小姐', '法师', '法師', '博士', '教授', '专员', '專員'],
  ends: ['缺席者', '缺席人士', '因事缺席', '缺席', '开会词', '開會詞', '欢迎', '歡迎', '通过上次会议', '通過上次會議', '主席欢迎', '主席歡迎', '议程第一项', '議程第一項', '议程项目', '議程項目'],
  posts: ['副主席', '主席', '委员', '委員', '议员', '議員', '代表', '应邀出席者', '應邀出席者', '列席者', '出席者', '项', '項', ')', '）'],
};

/** A kind of body, not one body named ("县政府组成部门", "直属单位", "职能科室"): in an attendance sentence, no attendee. */
export const ZH_BODY_KINDS = ['部门', '部門', '单位', '單位', '科室', '处室', '處室', '机构', '機構', '站所', '委室'];

/**
 * A document-hosting site's furniture around the file it serves (text/listing.ts): the file's
 * particulars as labels ("资源ID：…", "页数：3页", "浏览：1268次"), and its buttons ("立即下载", "收藏").
 */
export const ZH_DOC_SITE = {
  particulars: ['资源ID', '文档ID', '文档编号', '资料编号', '页数', '浏览', '浏览量', '浏览次数', '阅读', '阅读量', '阅读次数', '下载', '下载次数', '下载积分', '下载券', '所需积分', '文档格式', '文件格式', '格式', '文件大小', '大小', '上传者', '上传人', '贡献者', '分享者', '上传时间', '上传日期', '评分', '热度', '分类'],
  buttons: ['立即下载', '免费下载', '下载文档', '下载本文档', '下载此文档', '下载', '收藏', '分享', '举报', '打印', '阅读全文', '全文阅读', '展开全文', '继续阅读', '加入VIP', '开通VIP', '在线预览'],
};

/**
 * Where a record run together on one line is broken to be read (text/runon.ts): its header and
 * decision labels (each read before a colon), and the formal numerals of its items ("壹、", "貳、").
 */
export const ZH_RUN_ON_BREAKS = {
  labels: ['会议时间', '开会时间', '时间', '会议日期', '开会日期', '日期', '会议地点', '开会地点', '地点', '主持人', '主持', '会议主席', '主席', '记录人', '记录', '纪录', '出席人员', '出席委员', '出席代表', '出席者', '出席', '列席人员', '列席者', '列席', '缺席人员', '缺席委员', '缺席者', '缺席', '请假人员', '请假', '决议', '议决', '决定', '结论', '案由', '说明', '散会'],
  formal: ['壹', '贰', '叁', '参', '肆', '伍', '陆', '柒', '捌', '玖', '拾'],
};

/** A proposal put to a meeting ("案由：…", "提案二：…") and what it decided ("决议：照案通过"): result/structure.ts. */
export const ZH_PROPOSAL = {
  heads: ['案由', '提案', '议案', '議案', '案名'],
  outcomes: ['决议', '決議', '议决', '議決', '决定', '決定', '结论', '結論', '裁示', '主席裁示'],
};

/** A listed company's announcement: the labels of its code line, and how its title ends ("…会议决议公告"). */
export const ZH_ANNOUNCEMENT = {
  codeLabels: ['证券代码', '股票代码', '證券代碼', '股票代碼', '债券代码', '債券代碼'],
  /** The announcement's own number on that line ("公告编号:2019-035", "编号：临2019-035"). */
  numberLabels: ['公告编号', '公告編號', '编号', '編號', '临时公告编号'],
  titleEnds: ['公告', '决议', '決議', '纪要', '紀要', '记录', '記錄'],
  /** How the company's name on the line above the title ends. */
  companyEnds: ['股份有限公司', '有限责任公司', '有限責任公司', '有限公司', '集团公司', '集團公司', '公司', '集团', '集團', '银行', '銀行'],
};

/**
 * Who attended counted against who was due, as a held meeting's record states it ("应出席董事9人，
 * 实际出席董事9人", "應到會員46人，實到會…"): known only once the meeting is held; a notice calls
 * people and counts no one (result/resolution.ts).
 */
// Written out in both scripts, no twins() call: a plain list is left out of the content script's bundle.
export const ZH_COUNTED = {
  due: ['应出席', '應出席', '应到会', '應到會', '应到', '應到', '应参会', '應參會', '应参加', '應參加'],
  present: ['实际出席', '實際出席', '实际到会', '實際到會', '实际参会', '實際參會', '实际参加', '實際參加', '实到会', '實到會', '实到', '實到', '实出席', '實出席', '亲自出席', '親自出席'],
} as const;

/**
 * Acts that record an outcome when they open a clause of a narrative record ("…，审定了2016年度表彰名单",
 * "本次理事会共讨论通过了…", "…，並審議通過108年度收支決算", a text drawn up and adopted: "形成并通过了…《…报告》"): each is a decision. Elections are ZH_ELECT,
 * once they name the post ("选举增补刘某…为副会长"). Bare "通过" is left out: opening a clause it mostly
 * means "by means of" ("通过学习，…").
 */
export const ZH_NARRATIVE_ACTS = /* @__PURE__ */ twins(['形成并通过', '审议通过', '审议并通过', '审议并原则通过', '讨论通过', '研究通过', '表决通过', '一致通过', '全票通过', '审定通过', '原则通过', '通过了', '审定了', '批准了', '审议批准', '决定', '同意', '指定了', '赞成', '贊成']);
/** Who does those acts at a sentence's start, with "本次", "这次" before them allowed: "本次理事会", "会议". */
export const ZH_ACT_BODIES = /* @__PURE__ */ twins(['会议', '会上', '董事们', '委员们', '理事们', '会员代表', '与会代表', '大会', '理事会', '常务理事会', '常委会', '董事会', '监事会', '委员会', '主席团', '主席会议', '党委会', '支委会', '与会委员', '与会人员', '与会理事', '全体委员', '全体理事', '全体党员', '委员', '理事', '監事會', '主席團', '全體委員', '全體理事', '全體黨員']);
/** How a body's own name ends, so "业主大会", "校务委员会", "党支部委员会" act as the meeting does. */
export const ZH_NAMED_BODIES = /* @__PURE__ */ twins(['大会', '委员会', '理事会', '董事会', '监事会', '常委会', '監事會', '管委会', '管委會']);
/** How a narrative record says an item was discussed before its outcome: "经充分讨论和商议，决定…". */
export const ZH_DISCUSSED = /* @__PURE__ */ twins(['讨论', '商议', '商讨', '商討', '研究', '审议', '审阅', '審閱', '协商', '表决', '投票', '酝酿', '审查']);

/**
 * Numbered items telling the meeting's acts with the subject left out ("二、讨论了新申购药品。",
 * "三、修订了我院…目录"): the verbs that open such an item, those whose act is itself an outcome
 * (a list revised, a report adopted), and the words that state an outcome inside an item that was discussed.
 */
export const ZH_TOLD_ITEMS = {
  opens: /* @__PURE__ */ twins(['讨论', '研究', '审议', '听取', '汇报', '说明', '通报', '传达', '学习', '部署', '安排', '修订', '修訂', '制定', '通过', '形成并通过', '审定', '选举', '确定', '决定', '同意', '批准', '调整', '增补', '审议通过', '讨论通过', '研究确定']),
  decide: /* @__PURE__ */ twins(['修订', '修訂', '制定', '通过', '形成并通过', '审定', '选举', '确定', '决定', '同意', '批准', '调整', '增补', '审议通过', '讨论通过', '研究确定']),
  outcome: /* @__PURE__ */ twins(['同意', '通过', '决定', '批准', '确定', '决议', '议定', '选举']),
} as const;

/**
 * A record's topics printed as headings ("一、宿舍裝設新監視器案", "三、派信問題：") with what came
 * of each under it: the heading's ends, and the words under it that tell an outcome (a vote counted,
 * "甲、是：39票", "決議：…").
 */
export const ZH_TOPIC_HEADS = {
  ends: /* @__PURE__ */ twins(['案', '问题', '事项', '事宜', '议题']),
  outcome: /* @__PURE__ */ twins(['票', '表决', '通过', '同意', '决议', '决定', '确定', '照案', '赞成', '贊成']),
} as const;

/** A meeting's particulars printed under a note page's dated heading (fields/dated-heading-zh.ts): "会议资讯", "日期：", "时间：", "地点：". */
export const ZH_MEETING_PARTICULARS = ['会议资讯', '會議資訊', '会议信息', '會議信息', '会议讯息', '會議訊息', '日期', '时间', '時間', '地点', '地點', '会议时间', '會議時間', '会议日期', '會議日期'];

/**
 * Informal meeting notes (a project's, club's or team's, 双周会 / 例会 / 社團會議): what the heading
 * calls the meeting, the line that says it was held or ended, the count of who came, the labels an
 * outcome stands under, and a task given by name ("由 @zccrs 推进"). Plain lists with both scripts.
 */
export const ZH_NOTES = {
  meetings: ['会议', '會議', '例会', '例會', '周会', '週會', '双周会', '雙週會', '月会', '月會', '晨会', '晨會', '组会', '組會', '碰头会', '碰頭會', '沟通会', '溝通會', '同步会', '同步會', '评审会', '評審會', '讨论会', '討論會', '座谈会', '座談會', '社课', '社課', '干部会', '幹部會'],
  held: ['会议已结束', '會議已結束', '例会已结束', '例會已結束', '会议结束', '會議結束', '散会', '散會'],
  attended: ['人参与', '人參與', '人参加', '人參加', '人出席', '人与会', '人與會', '人到场', '人到場'],
  outcomeLabels: ['结论', '結論', '决议', '決議', '决定', '決定', '共识', '共識', '定案', '待办', '待辦', '待做', '待完成', '行动项', '行動項', 'TODO', 'Todo', 'todo'],
  /** "由 @zccrs 推进", "由小王负责": the work and its owner. */
  taskVerbs: ['推进', '推進', '负责', '負責', '跟进', '跟進', '跟踪', '跟蹤', '处理', '處理', '完成', '整理', '确认', '確認', '联系', '聯繫'],
  outcomes: ['已完成', '已经完成', '已經完成', '定案', '达成共识', '達成共識', '一致同意'],
} as const;

/**
 * 参会方式自成一组、印在名单旁（"線上組：A、B"、"线上参会：C"、"视频参会：D"）：这些人也出席了。
 */
export const ZH_ATTEND_MODES = ['线上', '線上', '线上组', '線上組', '线上参会', '線上參會', '线上参与', '線上參與', '线下', '線下', '现场', '現場', '远程', '遠端', '远端', '遠距', '远距', '视频', '視訊', '视讯', '视频参会', '視訊參與', '视讯参与', '电话', '電話', '电话参会', '網路', '网路', '网络', '网络参会', '腾讯会议', '会场', '分会场', '主会场'];

/**
 * What a record's own numbered part is called when it holds what the chair or the meeting concluded
 * ("四、主席結論", "五、主席裁示：", "三、會議結論"), printed after the reports and motions (segment/conclusion-part.ts).
 */
export const ZH_CONCLUSION_PARTS = /* @__PURE__ */ twins(['主席结论', '主席裁示', '主席裁决', '会议结论', '结论', '会议决议', '会议决定']);

/**
 * A meeting's own demand in a report of it ("会议要求：一是…", "会议强调，要…各单位抓紧…"): what it says,
 * and the words that make what follows work to be done (fields/meeting-directives.ts).
 */
export const ZH_MEETING_DIRECTIVES = {
  says: /* @__PURE__ */ twins(['要求', '强调']),
  must: /* @__PURE__ */ twins(['要', '务必', '必须', '须', '应', '抓紧', '确保', '切实']),
  /** How the one who must act is named before it ("各项目单位抓紧…", "全系统要…", "总医院党政班子…要"). */
  /** What the meeting studied before it spoke ("会议学习了…精神"): its demands then say how to carry that out. */
  studied: /* @__PURE__ */ twins(['学习', '传达学习', '集体学习', '专题学习']),
  doerLeads: /* @__PURE__ */ twins(['各', '全']),
  doerEnds: /* @__PURE__ */ twins(['部门', '单位', '系统', '班子', '主任', '各地', '乡镇', '街道', '社区', '村', '局', '委', '办', '中心', '公司', '集团', '医院', '学校', '院', '处', '科', '组', '队', '人员', '干部', '党员', '职工', '企业']),
} as const;

/** Heads of a division of work among people or groups ("团队分工", "人员分工", "任务分配"): tasks given (segment/division-head.ts). */
export const ZH_DIVISION_HEADS = ['分工', '分工安排', '任务分工', '任務分工', '人员分工', '人員分工', '团队分工', '團隊分工', '任务分配', '任務分配', '工作分工', '职责分工', '職責分工'];

/** What a template's bracketed blank asks for ("[填写会议名称]", "【姓名】", "[决议内容]") (result/verdict.ts). */
export const ZH_PLACEHOLDER_WORDS = /* @__PURE__ */ twins(['填写', '填入', '姓名', '日期', '时间', '地点', '内容', '名称', '单位', '人员', '事项', '原因', '职务']);

/**
 * Heads a team's notes print over their outcomes and the tasks they gave, as English notes print
 * "Decisions" and "Action items" ("### 决策事项", "## 待办事项", "四、后续行动") (segment/action-head-zh.ts).
 */
// "代办事项" is how many notes spell 待办事项; arrangements made for the next step or week are tasks given
// ("三、后续安排", "下周任务"), a plan ("后续计划") is an intention and stays out. What the team
// concluded, alone or with its actions ("## 结论与行动", "## 核心结论", "## 3. 评审结论"), is its outcomes.
export const ZH_ACTION_HEADS = /* @__PURE__ */ twins(['决策', '决策事项', '会议决策', '待办', '待办事项', '待办清单', '代办', '代办事项', '行动项', '行动项目', '行动事项', '后续行动', '下一步行动', '跟进事项', '后续跟进', '后续跟进事项', '任务清单', '后续安排', '下一步安排', '下一步工作', '下一步工作安排', '下周任务', '下周工作', '下周工作安排', '本周任务', '工作安排', '任务安排', '工作分工', '任务分工',
  '结论与行动', '结论及行动', '结论和行动', '核心结论', '主要结论', '评审结论', '讨论结论']);

/** What may lead such a head, the tasks' time after the meeting: "## 後續行動項目", "会后待办", "下一步行动项". */
export const ZH_ACTION_HEAD_LEADS = /* @__PURE__ */ twins(['后续', '会后', '下一步', '近期']);

/** Parts of a team's work a division of work names before its people ("前端：王雨、李明"): never a person (fields/division-assignees.ts). */
export const ZH_TEAM_PARTS = ['前端', '后端', '後端', '测试', '測試', '队长', '隊長', '组长', '組長', '文档', '文檔', '数据库', '數據庫', '平台', '框架', '设计', '設計', '产品', '產品', '运维', '運維', '美工', '答辩', '答辯', '开发', '開發', '需求', '负责人', '負責人', '其他', '其余', '全体', '全體'];

/**
 * What the meeting itself does when it opens a list of items ("会议讨论研究了下列事项：一是…",
 * "会议要求：一是…", "会议决定如下事项：") (result/meeting-items.ts).
 */
export const ZH_ITEMISED_ACTS = /* @__PURE__ */ twins(['要求', '研究', '讨论', '决定', '议定', '明确', '确定', '同意', '审议', '达成', '形成', '部署', '决议', '结论', '认为']);
/** The meeting's own papers, not what it did ("会议纪要的内容通常包括：", "会议记录应记载下列事项："). */
export const ZH_ITEMISED_NOT = /* @__PURE__ */ twins(['纪要', '记录', '纪录', '议程', '时间', '地点', '内容', '议题', '主题', '通知']);

/** How a meeting elects ("选举增补刘某等6位同志为常务理事", "选举产生了张某为主任委员") (result/reached-outcomes.ts). */
export const ZH_ELECTS = /* @__PURE__ */ twins(['选举产生', '选举增补', '选举', '推选', '增补', '补选', '改选']);
/** The offices a meeting elects people to. */
export const ZH_ELECTED_OFFICES = /* @__PURE__ */ twins(['理事', '常务理事', '理事长', '委员', '主任', '副主任', '会长', '副会长', '主席', '副主席', '秘书长', '董事', '董事长', '监事', '监事长', '组长', '社长', '队长', '代表']);
/** A consensus the meeting reached, opening its points ("就…达成共识：", "达成如下意见：") (result/reached-outcomes.ts). */
export const ZH_CONSENSUS_REACHED = /* @__PURE__ */ twins(['共识', '共識', '意见', '一致意见', '协议']);

/** A notice's title calling a meeting ("关于召开…会议的通知"): its verb and its kind (result/notice-title.ts). */
export const ZH_NOTICE_TITLE = { calls: /* @__PURE__ */ twins(['召开', '举行', '举办']), kinds: /* @__PURE__ */ twins(['通知', '通告', '公告']) } as const;

/**
 * A meeting's consensus, which LABELS.md counts as outcomes it reached: the words of a head over the
 * items ("会议达成以下共识：", "會議達成共識:", "经讨论形成如下共识") (segment/consensus-head.ts).
 */
export const ZH_CONSENSUS = {
  /** Who reached it, before the verb. */
  who: ['会议', '會議', '会上', '會上', '与会人员', '與會人員', '与会各方', '與會各方', '与会代表', '與會代表', '与会委员', '與會委員', '各方', '双方', '雙方', '三方', '大家', '全体成员', '全體成員', '经讨论', '經討論', '经研究', '經研究', '经协商', '經協商'],
  verbs: ['达成', '達成', '形成', '取得'],
  nouns: ['共识', '共識', '一致意见', '一致意見'],
} as const;

/** What an outcome label says when nothing was decided ("主席裁示：無", "决议：无", "（略）") (fields/nil-outcomes.ts). */
export const ZH_NIL_OUTCOMES = ['无', '無', '暂无', '暫無'];
/** Parts of a record that may be printed empty ("討論事項：無", "臨時動議：無") (fields/nil-outcomes.ts). */
export const ZH_EMPTY_PARTS = ['讨论事项', '討論事項', '临时动议', '臨時動議', '临时提案', '臨時提案', '其他事项', '其他事項', '提案', '议案', '議案', '报告事项', '報告事項'];

/**
 * How Chinese team and student notes state what their meeting came to, give tasks dates and name
 * their members ("最终决定了选题", "任务截止日期：8.13", "### 成果", "参与人员：A、B") (result/team-marks-zh.ts).
 */
export const ZH_TEAM_NOTES = {
  reachedBy: /* @__PURE__ */ twins(['最终', '最后', '讨论', '共同', '一致', '商议', '经讨论', '会上']),
  reached: /* @__PURE__ */ twins(['决定', '确定', '明确', '商定', '敲定', '议定']),
  agreed: /* @__PURE__ */ twins(['达成一致', '达成共识', '一致同意', '一致通过', '一致认为']),
  notYet: /* @__PURE__ */ twins(['将', '请', '需', '需要', '待', '拟', '尚未', '未', '还要', '如何', '是否', '以便', '用于', '进一步']),
  deadlines: /* @__PURE__ */ twins(['截止日期', '截止时间', '截至日期', '截至时间', '完成时间', '完成期限', 'DDL', 'ddl', 'Deadline', 'deadline']),
  resultHeads: /* @__PURE__ */ twins(['成果', '会议成果', '会议结论', '结论', '讨论结果', '会议结果', '决定事项', '决议事项', '达成共识', '共识']),
  memberLabels: /* @__PURE__ */ twins(['参与人员', '参会人员', '参会成员', '与会人员', '与会成员', '出席人员', '到会人员', '参加人员', '参与成员', '出席成员', '组员', '小组成员', '成员']),
  members: /* @__PURE__ */ twins(['组员', '小组成员', '组内成员', '团队成员', '队员', '全体组员']),
  /** What the meeting concluded, said so: "结论是无需添加", "讨论结果认为…". */
  concluded: /* @__PURE__ */ twins(['结论是', '结论为', '最终结论', '讨论结果', '讨论的结果', '会议结论']),
  /** The meeting discussed, in the past: "对…进行了讨论", "经讨论", "讨论后". */
  discussed: /* @__PURE__ */ twins(['进行了讨论', '进行了探讨', '展开了讨论', '经过讨论', '经讨论', '讨论后', '讨论了', '讨论过后']),
  /** A heading over the record itself inside the page ("**会议纪要**", "## 会议记录"). */
  recordHeads: /* @__PURE__ */ twins(['会议纪要', '会议记录', '会议纪录', '会议内容', '会议要点', '会议小结', '会议总结', '纪要', '记录']),
  /** A heading over what is left to do ("近期TODO(01-04~01-16)", "## 待办事项", "下一步工作"). */
  todoHeads: ['TODO', 'Todo', 'todo', 'To Do', 'To-do', 'Action Items', 'Action items', ...twins(['待办', '待办事项', '待办任务', '后续工作', '后续计划', '后续安排', '下一步工作', '下一步计划', '下一步安排', '行动项', '跟进事项', '任务分工', '任务分配'])],
} as const;

/**
 * Team notes' ways of recording under a minutes title what fields miss (result/titled-notes.ts):
 * words that stand after an item where an owner's name would but name no one ("1. 开场 - 主持人",
 * "- 讨论 - 全体"), and the words a guide's outline puts after an outcome label ("决议：写明…").
 */
export const ZH_TITLED_NOTES = {
  notOwners: /* @__PURE__ */ twins(['主持人', '记录人', '负责人', '全体', '全员', '所有人', '大家', '待定', '未定', '简介', '说明', '概述', '介绍', '讨论', '总结', '其他', '备注', '附件', '图片', '截图']),
  described: /* @__PURE__ */ twins(['写明', '填写', '填入', '注明', '列出', '记录会议', '记载', '应写', '应当写', '一般写', '即会议']),
} as const;

/**
 * Keys a page prints before its title ("標題社員大會紀錄" in a bulletin board's header, "会议题目 • …"):
 * the value after them is the title. `bare` may run straight into the value; `separated` only before a
 * colon, bullet or space, since a title may itself begin with them ("主题教育…").
 */
export const ZH_TITLE_KEYS = {
  bare: ['标题', '標題'],
  separated: ['会议题目', '會議題目', '会议主题', '會議主題', '会议名称', '會議名稱', '题目', '題目', '主题', '主題', '名称', '名稱'],
};

/**
 * A line about the record rather than its title (fields/title-about-record.ts): the record named
 * ("此会议记录", "本纪要") with where it is posted or linked ("连结：https://…", "上载至网址…供业户浏览").
 */
export const ZH_RECORD_ABOUT = {
  record: /* @__PURE__ */ twins(['会议记录', '会议纪录', '会议纪要', '记录', '纪录', '纪要']),
  where: /* @__PURE__ */ twins(['网址', '网站', '网页', '连结', '链接', '上载', '上传', '浏览', '下载', '阅览']),
};

/** The keys of a disclosure catalogue's particulars ("索引号", "公开类别", "发布时间") (result/catalogue-row.ts). */
export const ZH_CATALOGUE_KEYS = /* @__PURE__ */ twins(['索引号', '公开类别', '公开方式', '公开范围', '公开形式', '公开目录', '公开日期', '公开时限', '公开责任部门', '发布时间', '发布日期', '发文日期', '成文日期', '发布机构', '发文机关', '主题分类', '组配分类', '体裁分类', '信息分类', '有效性']);
