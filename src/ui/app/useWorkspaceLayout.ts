import { useCallback, useState } from 'react';
import { useHydrated } from '../idle/useHydrated';
import {
  type PaneLayout,
  readWorkspace,
  type SidePane,
  WORKSPACE_KEY,
  type WorkspaceLayout,
} from './workspaceLayout';

function load(): WorkspaceLayout {
  try {
    return readWorkspace(window.localStorage.getItem(WORKSPACE_KEY));
  } catch {
    return readWorkspace(null);
  }
}

function save(layout: WorkspaceLayout): void {
  try {
    window.localStorage.setItem(WORKSPACE_KEY, JSON.stringify(layout));
  } catch {
    // Storage may be off or full; the layout then lasts until the page is closed.
  }
}

const PRERENDERED = readWorkspace(null);

/**
 * The sizes and collapsed panes of the workspace, remembered across reloads. The prerendered page
 * has the default layout, and so has the render that takes it over; the saved one follows.
 */
export function useWorkspaceLayout(): {
  layout: WorkspaceLayout;
  update: (pane: SidePane, change: Partial<PaneLayout>) => void;
} {
  const hydrated = useHydrated();
  const [layout, setLayout] = useState(load);
  const update = useCallback((pane: SidePane, change: Partial<PaneLayout>) => {
    setLayout((previous) => {
      const next = { ...previous, [pane]: { ...previous[pane], ...change } };
      save(next);
      return next;
    });
  }, []);
  return { layout: hydrated ? layout : PRERENDERED, update };
}
