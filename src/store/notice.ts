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
