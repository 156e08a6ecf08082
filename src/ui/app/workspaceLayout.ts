/** The panes beside the canvas that a person can resize and hide. */
export type SidePane = 'side' | 'manifest';

export interface PaneLayout {
  /** Width in CSS pixels, once the person has resized the pane; otherwise the page's default. */
  width?: number;
  collapsed: boolean;
}

export type WorkspaceLayout = Record<SidePane, PaneLayout>;

export const DEFAULT_WORKSPACE: WorkspaceLayout = {
  side: { collapsed: false },
  manifest: { collapsed: false },
};

export const MIN_PANE_WIDTH = 220;
/** A side pane never takes more than this share of the page, so the canvas stays the largest. */
export const MAX_PANE_SHARE = 0.4;
/** How far one arrow key press moves a pane's edge. */
export const KEY_STEP = 24;

export const WORKSPACE_KEY = 'sidecar-studio.workspace';

/** `width` kept between the smallest pane and the largest share of a page `pageWidth` wide. */
export function clampWidth(width: number, pageWidth: number): number {
  const max = Math.max(MIN_PANE_WIDTH, Math.floor(pageWidth * MAX_PANE_SHARE));
  return Math.round(Math.min(max, Math.max(MIN_PANE_WIDTH, width)));
}

function readPane(value: unknown): PaneLayout {
  if (typeof value !== 'object' || value === null) return { collapsed: false };
  const { width, collapsed } = value as Record<string, unknown>;
  const pane: PaneLayout = { collapsed: collapsed === true };
  if (typeof width === 'number' && Number.isFinite(width) && width > 0) pane.width = width;
  return pane;
}

/** The workspace saved as `text`, or the default when there is none or it cannot be read. */
export function readWorkspace(text: string | null): WorkspaceLayout {
  if (text === null) return DEFAULT_WORKSPACE;
  try {
    const value: unknown = JSON.parse(text);
    if (typeof value !== 'object' || value === null) return DEFAULT_WORKSPACE;
    const record = value as Record<string, unknown>;
    return { side: readPane(record.side), manifest: readPane(record.manifest) };
  } catch {
    return DEFAULT_WORKSPACE;
  }
}
