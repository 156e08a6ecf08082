/** A button on a notice, such as "Load the newer design". */
export interface NoticeAction {
  label: string;
  run: () => void;
}

/**
 * Something the page must tell the person (a save that failed, saved work set aside, another tab
 * that saved a newer design). Session state: never part of the design or its history.
 */
export interface Notice {
  /** Names the situation, so that the code that raised a notice can withdraw it. */
  id: string;
  tone: 'info' | 'warning' | 'error';
  message: string;
  /** Choices for the person; a notice without actions can simply be dismissed. */
  actions?: readonly NoticeAction[];
}

/** A notice as the notification list keeps it: what it said, and when (ms since the epoch). */
export interface LoggedNotice {
  id: string;
  tone: Notice['tone'];
  message: string;
  at: number;
}

/** How many notices the notification list keeps, newest first. */
export const NOTICE_LOG_LENGTH = 30;

/** The notification list after `notice` was shown at `at`. */
export function logNotice(
  log: readonly LoggedNotice[],
  notice: Notice,
  at: number,
): readonly LoggedNotice[] {
  const entry = { id: notice.id, tone: notice.tone, message: notice.message, at };
  return [entry, ...log].slice(0, NOTICE_LOG_LENGTH);
}
