/** Sentence splitting that keeps offsets, for Chinese and English. */
export interface Sentence {
  text: string;
  index: number;
}

/**
 * An English sentence: up to a stop before a capital, but not the stop of a title or an initial
 * before a name ("Cllr. P. Harries, seconded by Cllr. W. Loynton …", "Mr. Abel", "M.A. Goheen", "Counc. Shea",
 * "Fr. Stephen", "Sgt. Lee"), in capitals too ("MOVED BY MS. IRENE
 * LEWIS, SECONDED BY MR. JACK ADY, that …"). An action mark in brackets after the stop ("… email units. (ACTION MEG)")
 * opens a sentence of its own: it names who acts on the sentence before (fields/action-owners.ts). Initials
 * run together ("M.A. Goheen, seconded by …") stand in a name where the surname goes on with a comma or a
 * mover's or reporter's word; "… in the U.S. The meeting …" still ends there.
 */
const EN_SENTENCE = /(?:[^.!?\n]|\.(?![([]\s*(?:ACTIONS?|Actions?)\b)(?=[^\s"'”’])|\.(?=\s+(?:[a-z0-9£$]|\((?!\s*(?:ACTIONS?|Actions?)\b)))|(?<=(?:^|[\s(])(?:Cllrs?|Mrs?|Ms|Dr|Crs?|Prof|Rev|Hon|Sr|Jr|St|Messrs|No|Nos|Co|Counc|Coun|Ald|Capt|Sgt|Insp|Supt|Lt|Col|Maj|Gov|Sen|Rep|Comm|Dir|Fr|Br|Pres|Treas|CLLRS?|MRS?|MS|DR|PROF|REV|MESSRS|COUNC|[A-Z]))\.(?=\s+\p{Lu})|(?<=(?:^|[\s(])(?:[A-Z]\.){1,2}[A-Z])\.(?=\s+\p{Lu}[\p{Ll}'’-]+(?:,|\s+(?:and|seconded|second|moved|proposed|presented|reported|said|asked|will|would|to|that)\b))|[.!?](?=["'”’]))+[.!?]*["'”’]?/gu;

/** Splits after 。！？； (and a quotation's close after it) in Chinese, or after ". " before a capital (English), and at line breaks. */
export function splitSentences(text: string, lang: 'zh' | 'en'): Sentence[] {
  const out: Sentence[] = [];
  // A quotation closed after its stop ("…建议“延期召开。”经理事会研究同意…") ends with its sentence: the next starts at its own word.
  const re = lang === 'zh' ? /[^。！？；!?;\n]+[。！？；!?;]?[”’」』]?/g : EN_SENTENCE;
  let m: RegExpExecArray | null;
  while ((m = re.exec(text))) {
    if (m[0].length === 0) {
      re.lastIndex++;
      continue;
    }
    const lead = m[0].length - m[0].trimStart().length;
    const t = m[0].trim();
    if (t) out.push({ text: t, index: m.index + lead });
  }
  return out;
}
