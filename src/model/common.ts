/** Small shapes shared by several model types. All plain JSON. */
import type { DateRange, Telecom, Party, Subject, Note } from './schemas/common.js';

export type { DateRange, Telecom, Party, Subject, Note };
export { TELECOM_SYSTEMS, type TelecomSystem } from './code-lists.js';

/** Sorts notes newest first; notes without a time keep their order after the dated ones. */
export function newestFirst(notes: readonly Note[]): Note[] {
  const time = (note: Note): number => {
    const ms = note.time ? Date.parse(note.time) : Number.NaN;
    return Number.isNaN(ms) ? Number.NEGATIVE_INFINITY : ms;
  };
  return notes
    .map((note, index) => ({ note, index }))
    .sort((a, b) => time(b.note) - time(a.note) || a.index - b.index)
    .map(({ note }) => note);
}
