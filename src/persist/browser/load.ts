import type { Design } from '../../model/types';
import type { Notice } from '../../store/notice';
import type { SavedFile } from '../fileShape';
import { readStamp } from '../guard';
import { DESIGN_KEY } from '../keys';
import { parseSavedState } from '../parse';
import { leftOutNotice, notSavingNotice, setAsideNotice } from './notices';
import { isOverflowPointer } from './overflow';
import { setAside } from './setAside';
import { type KeyValueStorage, readItem } from './storageAccess';

/** What the page opens with. */
export interface LoadOutcome {
  /** The saved design, or null to start with the empty design. */
  design: Design | null;
  /** The file the saved design belongs to, or null. */
  file: SavedFile | null;
  /** The revision of what is saved now (0 when nothing is). */
  revision: number;
  notice: Notice | null;
  /** True when saving must stay off, because it would overwrite text that is kept nowhere else. */
  blocked: boolean;
  /** True when the save is too large for local storage and waits in the overflow store. */
  overflowed?: boolean;
}

/**
 * Reads the saved design. Damaged text is copied to a set-aside key (never deleted) and the page
 * starts empty; if it cannot be copied, saving stays off.
 */
export function loadSavedDesign(storage: KeyValueStorage): LoadOutcome {
  const text = readItem(storage, DESIGN_KEY);
  if (text === null) return { design: null, file: null, revision: 0, notice: null, blocked: false };
  if (isOverflowPointer(text)) {
    const revision = readStamp(text)?.revision ?? 0;
    return { design: null, file: null, revision, notice: null, blocked: false, overflowed: true };
  }
  const result = parseSavedState(text);
  if (result.ok) {
    const notice = result.notes.length > 0 ? leftOutNotice(result.notes) : null;
    return {
      design: result.design,
      file: result.file,
      revision: result.envelope.revision,
      notice,
      blocked: false,
    };
  }
  const revision = readStamp(text)?.revision ?? 0;
  const key = setAside(storage, text);
  if (key === null) {
    return {
      design: null,
      file: null,
      revision,
      notice: notSavingNotice(result.reason),
      blocked: true,
    };
  }
  return {
    design: null,
    file: null,
    revision,
    notice: setAsideNotice(result.reason, key),
    blocked: false,
  };
}
