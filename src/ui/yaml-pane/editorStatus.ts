/** Where the manifest editor is: loading, shown, or replaced by plain text. */
export type EditorStatus = 'loading' | 'ready' | 'failed';

/** A short sentence about the editor for the pane's header. */
export function editorStatusText(status: EditorStatus): string {
  switch (status) {
    case 'loading':
      return 'Loading editor…';
    case 'ready':
      return 'Read-only';
    case 'failed':
      return 'Editor unavailable: plain text';
  }
}
