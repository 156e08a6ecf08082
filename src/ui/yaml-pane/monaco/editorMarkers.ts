import type { Severity } from '../../../lint/types';
import type { TextMarker } from '../markers';
import { monaco } from './monacoSetup';

/** Marks for text the import door refused. */
export const IMPORT_OWNER = 'sidecar-studio-import';
/** Marks for the findings of the design shown. */
export const LINT_OWNER = 'sidecar-studio-lint';

const SEVERITY: Record<Severity, monaco.MarkerSeverity> = {
  error: monaco.MarkerSeverity.Error,
  warning: monaco.MarkerSeverity.Warning,
  info: monaco.MarkerSeverity.Info,
};

/** Replaces the marks of one kind on the manifest. */
export function showMarkers(
  model: monaco.editor.ITextModel,
  owner: string,
  markers: readonly TextMarker[],
): void {
  monaco.editor.setModelMarkers(
    model,
    owner,
    markers.map((marker) => ({
      ...marker,
      severity: SEVERITY[marker.severity],
      source: 'Sidecar Studio',
    })),
  );
}
