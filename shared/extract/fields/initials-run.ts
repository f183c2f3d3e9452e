/**
 * A roll typed as initials and surnames with no commas between them ("P Vogel G Thatcher S Johnston
 * R Watts W Luxton clerk"): each initial opens the next person. Three such names at least, so a
 * name with two initials ("J R Smith") stays whole; a closing word in lower case (the clerk's post
 * after the last name) is left where it stands.
 */
const NAME = String.raw`(?:\p{Lu}\.?\s){1,2}\p{Lu}[\p{Ll}'’-]+`;
const RUN = new RegExp(String.raw`^\s*${NAME}(?:\s+${NAME}){2,}(?:\s+\p{Ll}[\p{Ll}\s]*)?\s*$`, 'u');
const NEXT = new RegExp(String.raw`(?<=\p{Ll})\s+(?=${NAME})`, 'gu');

/** The part with a comma before each person, when it is such a run; else as it was. */
export function commaInitialsRun(part: string): string {
  return RUN.test(part) ? part.replace(NEXT, ', ') : part;
}

/** Each comma- or semicolon-parted part of a roll's text, its initials runs parted. */
export function partInitialsRuns(value: string): string {
  return value
    .split(/([,;])/)
    .map((p) => (p === ',' || p === ';' ? p : commaInitialsRun(p)))
    .join('');
}
