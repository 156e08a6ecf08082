import type { Notice, NoticeAction } from '../../store/notice';

/** The ids of the notices saving raises, so that each can be withdrawn when it no longer holds. */
export const NOTICE_IDS = {
  saveFailed: 'persist:save-failed',
  setAside: 'persist:set-aside',
  notSaving: 'persist:not-saving',
  leftOut: 'persist:left-out',
  newerElsewhere: 'persist:newer-elsewhere',
} as const;

/** A save failed; `full` when the browser's storage quota was reached. */
export function saveFailedNotice(full: boolean, reason: string): Notice {
  const why = full
    ? "this browser's storage for Sidecar Studio is full"
    : `the browser refused (${reason.replace(/\.$/, '')})`;
  return {
    id: NOTICE_IDS.saveFailed,
    tone: 'error',
    message: `Your latest changes are not saved: ${why}. Export YAML to keep a copy; saving is tried again at your next change.`,
  };
}

/** The saved design could not be opened and was copied to `key`. */
export function setAsideNotice(reason: string, key: string): Notice {
  return {
    id: NOTICE_IDS.setAside,
    tone: 'warning',
    message: `Your saved design could not be opened, so you start with an empty design. ${reason} The saved text is kept in this browser's local storage under "${key}".`,
  };
}

/** The saved design could not be opened nor copied aside: saving stays off so as not to lose it. */
export function notSavingNotice(reason: string): Notice {
  return {
    id: NOTICE_IDS.notSaving,
    tone: 'error',
    message: `Your saved design could not be opened, and could not be set aside either, so this page will not save over it. ${reason}`,
  };
}

/** Parts of the saved design were left out on the way in. */
export function leftOutNotice(notes: readonly string[]): Notice {
  return { id: NOTICE_IDS.leftOut, tone: 'info', message: notes.join(' ') };
}

/** Another tab saved a newer design: load it here, or keep this one. */
export function newerElsewhereNotice(load: () => void, keep: () => void): Notice {
  const actions: NoticeAction[] = [
    { label: 'Load the newer design', run: load },
    { label: 'Keep this design', run: keep },
  ];
  return {
    id: NOTICE_IDS.newerElsewhere,
    tone: 'warning',
    message:
      'Another tab saved a newer version of this design. Load it here, or keep this design (it will then replace the other one when saved).',
    actions,
  };
}

/** The newer design from another tab could not be opened; it was copied to `key`. */
export function newerUnreadableNotice(reason: string, key: string): Notice {
  return {
    id: NOTICE_IDS.setAside,
    tone: 'warning',
    message: `The design saved in another tab could not be opened, so this design was kept and saved. ${reason} The other tab's text is kept in this browser's local storage under "${key}".`,
  };
}
