import { TabFocus } from 'monaco-editor/esm/vs/editor/browser/config/tabFocus.js';
import { useEffect } from 'react';
import { monaco } from './monacoSetup';

const FOCUSABLE =
  'a[href], button:not([disabled]), input:not([disabled]):not([type="hidden"]), select:not([disabled]), textarea:not([disabled]), [tabindex]:not([tabindex="-1"])';

/** The first control after `element` in the page's Tab order, outside it. */
function nextFocusable(element: HTMLElement): HTMLElement | null {
  for (const candidate of document.querySelectorAll<HTMLElement>(FOCUSABLE)) {
    if (element.contains(candidate) || candidate.closest('[inert], [hidden]')) continue;
    const after = element.compareDocumentPosition(candidate) & Node.DOCUMENT_POSITION_FOLLOWING;
    if (after && candidate.getClientRects().length > 0) return candidate;
  }
  return null;
}

/**
 * Keeps the editor from trapping the keyboard. Tab moves focus in and out of the editor until the
 * person types in it; from then on Tab indents, as in any code editor, and Ctrl+M switches
 * between the two. Escape, when no editor widget (suggestions, find, problems) is open, leaves
 * the editor for the next control of the page.
 */
export function useKeyboardExit(editor: monaco.editor.IStandaloneCodeEditor | null): void {
  useEffect(() => {
    if (!editor) return;
    const focusing = editor.onDidFocusEditorText(() => TabFocus.setTabFocusMode(true));
    const typing = editor.onKeyDown((event) => {
      const { browserEvent } = event;
      if (browserEvent.ctrlKey || browserEvent.metaKey || browserEvent.altKey) return;
      const writes = browserEvent.key.length === 1 || browserEvent.key === 'Enter';
      if (writes && TabFocus.getTabFocusMode()) TabFocus.setTabFocusMode(false);
    });
    const leaving = editor.onDidBlurEditorText(() => TabFocus.setTabFocusMode(true));
    const leaveOnEscape = editor.addAction({
      id: 'sidecar-studio.leaveEditor',
      label: 'Leave the editor',
      keybindings: [monaco.KeyCode.Escape],
      precondition:
        '!suggestWidgetVisible && !findWidgetVisible && !markersNavigationVisible && !parameterHintsVisible && !editorHasSelection && !editorHasMultipleSelections && !inSnippetMode && !renameInputVisible && !referenceSearchVisible',
      run: () => {
        const next = nextFocusable(editor.getContainerDomNode());
        if (next) next.focus();
        else (document.activeElement as HTMLElement | null)?.blur();
      },
    });
    TabFocus.setTabFocusMode(true);
    return () => {
      focusing.dispose();
      typing.dispose();
      leaving.dispose();
      leaveOnEscape.dispose();
    };
  }, [editor]);
}
