/** Where the manifest editor is: loading, shown, or replaced by plain text. */
export type EditorStatus = 'loading' | 'ready' | 'failed';

/** A short sentence about the editor for the pane's header. */
export function editorStatusText(status: EditorStatus): string {
  switch (status) {
    case 'loading':
      return 'Loading editor…';
    case 'ready':
      return 'Edits update the diagram';
    case 'failed':
      return 'Editor unavailable: plain text';
  }
}

/** What the status line says while the typed manifest cannot be shown: why, in the door's words. */
export function lastValidText(reason: string): string {
  return `The diagram shows the last valid manifest: ${reason}`;
}
