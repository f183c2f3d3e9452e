import { describe, expect, it } from 'vitest';
import { extractFromText } from '../index';

const body = '会议审议通过了《关于更换会计师事务所的议案》。表决结果:同意 5 票。\n';

describe("a listed company's announcement naming the company in its text", () => {
  it('by the name it defines for itself', () => {
    const d = extractFromText(`第八届监事会临时会议决议公告\n吉林森林工业股份有限公司(以下简称“公司”)于2020年2月20日发出会议通知,会议于2020年2月27日以通讯方式召开。\n${body}`);
    expect(d.issuer).toBe('吉林森林工业股份有限公司');
  });
  it("at its title's head", () => {
    const d = extractFromText(`*ST围海:第七届董事会第五次会议决议公告\n浙江省围海建设集团股份有限公司第七届董事会第五次会议决议公告\n会议于2023年9月26日召开,由董事长沈海标先生主持。\n${body}`);
    expect(d.issuer).toBe('浙江省围海建设集团股份有限公司');
  });
  it('after its code line run on in one line', () => {
    const d = extractFromText(`公告编号:2024-023 证券代码:833833 证券简称:美天生物 主办券商:申万宏源承销保荐 湖北美天生物科技股份有限公司 第四届监事会第一次会议决议公告 一、会议召开和出席情况 1.会议召开时间:2024 年 4 月 25 日 2.会议召开地点:公司会议室 3.会议主持人:刘金华先生 会议应出席监事 3 人,出席监事 3 人。 二、议案审议情况 (一)审议通过《关于选举刘金华先生为监事会主席的议案》 表决结果:同意 3 票。\n`);
    expect(d.issuer).toBe('湖北美天生物科技股份有限公司');
  });
  it('not a company the record defines for another', () => {
    const d = extractFromText(`第八届董事会临时会议决议公告\n会议于2020年7月9日召开。同意聘任中兴华会计师事务所有限公司(以下简称“中兴华”)为审计机构。\n${body}`);
    expect(d.issuer).toBeNull();
  });
});

describe('a company named as the one that met, in a record with no heading', () => {
  it('is not taken for the issuer', () => {
    const d = extractFromText(`吉林森林工业股份有限公司(以下简称“公司”)于2020年7月2日发出会议通知,会议于2020年7月9日以通讯表决方式召开。会议审议并通过了如下议案 一、关于修改公司章程的议案; 二、关于增加临时提案的议案。\n`);
    expect(d.issuer).toBeNull();
  });
});
