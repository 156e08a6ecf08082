/** Saving designs: the versioned envelope, migrations, validation and the two-tab guard (pure). */
export {
  APP_ID,
  createEnvelope,
  ENVELOPE_VERSION,
  type SavedEnvelope,
  type SaveStamp,
  serialiseEnvelope,
} from './envelope';
export { decideSave, isNewerElsewhere, readStamp, type SaveDecision } from './guard';
export { DESIGN_KEY, MAX_SET_ASIDE, SET_ASIDE_KEY, setAsideKeyFor } from './keys';
export { type Migrated, migrate } from './migrate';
export { parseSavedState, type SavedStateResult } from './parse';
