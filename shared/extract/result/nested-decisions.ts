/**
 * One motion read twice: alone ("X moved to approve the minutes.") and again with the sentence after it
 * ("X moved to approve the minutes. They were unanimously approved."). The longer reading is dropped where
 * what it adds is the outcome; where it adds the next motion or task, that part is kept as its own decision.
 */

/** What opens a decision of its own: a motion moved or made, or a task. */
const NEW_MOTION_OR_TASK = /\b(?:moved|moves|made\s+a\s+motion|motion\s+(?:to|by|was\s+made|made)|will|shall|to\s+be|resolved|agreed)\b/i;

interface Reading {
  text: string;
  start: number;
  end: number;
  assignees: string[];
}

export function withoutNested<T extends Reading>(ds: T[]): T[] {
  return ds.flatMap((o, i) => {
    const d = ds.find((x, j) => j !== i && x.start === o.start && x.end < o.end && o.text.startsWith(x.text));
    if (!d) return [o];
    const rest = o.text.slice(d.text.length).trim();
    if (rest.length < 15 || !NEW_MOTION_OR_TASK.test(rest)) return [];
    return [{ ...o, text: rest, start: o.end - rest.length, assignees: o.assignees.filter((a) => !d.assignees.includes(a)) }];
  });
}
