/**
 * A name printed before a post that carries its body's name: "会议由张莹支部书记主持", "王五党委书记",
 * "钱七工会主席", "孙八村委会主任". Party branches, unions and village committees print their chair so;
 * the body's word between name and post ("支部", "党委", "工会") hides the name from a reading that
 * takes the words before a post as the name.
 */
import { alt } from '../lexicon/build';
import { ZH_POST_BODIES } from '../lexicon/zh';

const NAME_THEN_BODY = new RegExp(`^([\\u3400-\\u9fff]{2,3}?)(?:${alt(ZH_POST_BODIES)})$`);

/**
 * Where the words before the body's word are a place or an institution ("机关党委书记", "学校党委书记",
 * "公司工会主席"), the post is that body's, and no one is named.
 */
const INSTITUTION = /机关|機關|学校|學校|公司|医院|醫院|学院|學院|大学|大學|中学|中學|小学|小學|街道|社区|社區|协会|協會|集团|集團|银行|銀行|中心|单位|單位|部门|部門|机构|機構|全体|全體|[各本该該][\u3400-\u9fff]|[校司院关關道区區会會所站厂廠场場队隊组組科处處部局委办辦镇鎮乡鄉村县縣市省]$/;

/** The name before a post's body word, when that is all the words before the post hold; the caller checks it is a name. */
export function nameBeforeBodyPost(head: string): string | null {
  const name = NAME_THEN_BODY.exec(head)?.[1];
  return name && !INSTITUTION.test(name) ? name : null;
}
