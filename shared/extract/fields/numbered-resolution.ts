/**
 * A resolution under its number and its movers, its words opening with "That": "R2018-111 L. Smith,
 * T. Marchant: That we accept the report as presented. Carried.", "19/087 PATERSON: That it be
 * acknowledged …", a PDF's margin word before it ("Minutes 19/086 GRAHAM: That …"). The number and
 * the movers say a motion was put and recorded, whatever the wording after "That".
 */
const NAME = "[A-Z][\\w.'’-]*(?:\\s+[A-Z][\\w.'’-]*){0,2}";
const NUMBERED = new RegExp(
  `^(?:[A-Z][\\w-]{1,15}\\s+){0,2}(?:(?:R|Res\\.?|Resolution|Motion)\\s*(?:No\\.?\\s*|#\\s*)?)?\\d{2,4}[-/.]\\d{1,4}\\s+${NAME}(?:\\s*[,/&]\\s*${NAME})?\\s*:\\s*(?:That|THAT)\\b(?!\\s+(?:is|was|would|will|has|had|means)\\b)`,
);

export function numberedResolution(text: string): boolean {
  return NUMBERED.test(text);
}
