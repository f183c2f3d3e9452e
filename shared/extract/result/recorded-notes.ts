/**
 * A dated meeting's notes that name who kept them and state what was settled, but list no one who
 * attended: a student team's or a project group's record ("会议时间：11.27 13:30" / "记录人：高某" /
 * "① 确定了选题…"). The recorder named stands for the people at the meeting: a notice or an agenda
 * names no recorder, and a template's or a model text's recorder is refused on its own marks first.
 */
import type { RecordStructure } from './structure';
import type { Signals } from './signals';

export const recordedNotes = (st: RecordStructure, sig: Pick<Signals, 'recorder'>): boolean => st.meeting && st.outcomes && sig.recorder;
