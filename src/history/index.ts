/** Undo and redo over immutable snapshots: steps, coalescing, marks and a bounded stack. */
export {
  bailToMark,
  canRedo,
  canUndo,
  clearMark,
  closeStep,
  createHistory,
  DEFAULT_HISTORY_LIMIT,
  type History,
  type Mark,
  type Moved,
  mark,
  type RecordOptions,
  record,
  redo,
  type Step,
  undo,
} from './history';
