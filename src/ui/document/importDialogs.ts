// The dialogs an import may open, loaded together on first need: none is part of the first paint.
export { ImportNotesDialog } from './ImportNotesDialog';
export { PastePlacementDialog } from './PastePlacementDialog';
export { WorkloadPickerDialog } from './WorkloadPickerDialog';
