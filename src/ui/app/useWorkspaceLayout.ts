import { useCallback, useLayoutEffect, useState } from 'react';
import { isPastHydration } from '../idle/hydration';
import {
  DEFAULT_WORKSPACE,
  type PaneLayout,
  readWorkspace,
  type SidePane,
  WORKSPACE_KEY,
  type WorkspaceLayout,
} from './workspaceLayout';

/** The saved layout, or the very default object when none is saved (so a render can be skipped). */
function load(): WorkspaceLayout {
  try {
    const saved = window.localStorage.getItem(WORKSPACE_KEY);
    return saved === null ? DEFAULT_WORKSPACE : readWorkspace(saved);
  } catch {
    return DEFAULT_WORKSPACE;
  }
}

function save(layout: WorkspaceLayout): void {
  try {
    window.localStorage.setItem(WORKSPACE_KEY, JSON.stringify(layout));
  } catch {
    // Storage may be off or full; the layout then lasts until the page is closed.
  }
}

/**
 * The sizes and collapsed panes of the workspace, remembered across reloads. The prerendered page
 * has the default layout, and so has the render that takes it over; a saved one is drawn right
 * after, before the first paint, and without one the page is not drawn twice.
 */
export function useWorkspaceLayout(): {
  layout: WorkspaceLayout;
  update: (pane: SidePane, change: Partial<PaneLayout>) => void;
} {
  const [layout, setLayout] = useState(() => (isPastHydration() ? load() : DEFAULT_WORKSPACE));
  useLayoutEffect(() => {
    setLayout((current) => (current === DEFAULT_WORKSPACE ? load() : current));
  }, []);
  const update = useCallback((pane: SidePane, change: Partial<PaneLayout>) => {
    setLayout((previous) => {
      const next = { ...previous, [pane]: { ...previous[pane], ...change } };
      save(next);
      return next;
    });
  }, []);
  return { layout, update };
}
