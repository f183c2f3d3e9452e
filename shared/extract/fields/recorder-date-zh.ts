/**
 * The date a Chinese record closes with under its recorder's name ("记录人：许健 / 2014.12.8"): where the
 * record prints no other, the day it was kept, which is the meeting's as a reading to check. A date
 * under an office's name (the 印发 line) is the day it was issued, and is not read here.
 */
import type { Segmented } from '../segment/segment';
import { findDates } from './dates';

const RECORDER = /^(?:记录人|记录员|记录|紀錄人|記錄人|記錄|纪录人|纪录)\s*[:：]/;

export function recorderDateZh(seg: Segmented): { iso: string; start: number; end: number } | null {
  if (seg.lang !== 'zh') return null;
  const tail = seg.lines.slice(Math.max(0, seg.lines.length - 6));
  for (const [k, l] of tail.entries()) {
    if (!RECORDER.test(l.text.trim())) continue;
    // On the recorder's line after the name, or on the line below it alone.
    for (const line of [l, tail[k + 1]]) {
      if (!line) continue;
      const d = findDates(line.text).find((x) => x.year);
      if (!d) continue;
      if (line !== l && line.text.trim().length > d.length + 4) continue;
      return { iso: d.iso, start: line.start + d.index, end: line.start + d.index + d.length };
    }
  }
  return null;
}
