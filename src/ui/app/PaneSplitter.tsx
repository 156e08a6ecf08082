import { type KeyboardEvent, type PointerEvent, useLayoutEffect, useRef, useState } from 'react';
import { clampWidth, KEY_STEP, MIN_PANE_WIDTH, type PaneLayout } from './workspaceLayout';

interface Props {
  /** What the pane right of the splitter holds, e.g. "the manifest". */
  name: string;
  /** The id of the pane it resizes. */
  controls: string;
  pane: PaneLayout;
  /** The pane's width as drawn now. */
  currentWidth: () => number;
  onChange: (change: Partial<PaneLayout>) => void;
}

/**
 * The edge between the canvas side of the page and a pane on its right (a window splitter): drag
 * it, or focus it and use the arrow keys, Home and End, to resize the pane; Enter, or its button,
 * hides the pane and shows it again.
 */
export function PaneSplitter({ name, controls, pane, currentWidth, onChange }: Props) {
  const drag = useRef<{ x: number; width: number } | null>(null);
  const page = () => document.documentElement.clientWidth;
  // Measured once the pane is on the page (never while the page is rendered at build time).
  const [drawn, setDrawn] = useState({ width: 0, page: 0 });
  useLayoutEffect(() => {
    const next = { width: currentWidth(), page: page() };
    setDrawn((before) =>
      before.width === next.width && before.page === next.page ? before : next,
    );
  });
  const width = pane.width ?? drawn.width;

  const onPointerDown = (event: PointerEvent<HTMLDivElement>) => {
    if (pane.collapsed || event.button !== 0 || event.target !== event.currentTarget) return;
    event.currentTarget.setPointerCapture(event.pointerId);
    drag.current = { x: event.clientX, width: currentWidth() };
  };
  const onPointerMove = (event: PointerEvent<HTMLDivElement>) => {
    const start = drag.current;
    if (!start) return;
    onChange({ width: clampWidth(start.width - (event.clientX - start.x), page()) });
  };
  const onPointerUp = () => {
    drag.current = null;
  };

  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    // Measured now: on the first render the pane is not on the page yet.
    const width = pane.width ?? currentWidth();
    const moves: Record<string, number> = {
      ArrowLeft: width + KEY_STEP,
      ArrowRight: width - KEY_STEP,
      Home: Number.POSITIVE_INFINITY,
      End: MIN_PANE_WIDTH,
    };
    if (event.key === 'Enter') {
      event.preventDefault();
      onChange({ collapsed: !pane.collapsed });
      return;
    }
    const next = moves[event.key];
    if (next === undefined || pane.collapsed) return;
    event.preventDefault();
    onChange({ width: clampWidth(next, page()) });
  };

  const toggleText = pane.collapsed ? `Show ${name}` : `Hide ${name}`;
  return (
    <div className={`pane-edge${pane.collapsed ? ' is-collapsed' : ''}`}>
      {/* biome-ignore lint/a11y/useSemanticElements: a focusable window splitter, which <hr> cannot be */}
      <div
        className="pane-splitter"
        role="separator"
        aria-orientation="vertical"
        aria-label={`Resize ${name}`}
        aria-controls={controls}
        aria-valuenow={pane.collapsed ? 0 : Math.round(width)}
        aria-valuemin={0}
        aria-valuemax={Math.round(drawn.page * 0.4)}
        tabIndex={0}
        onPointerDown={onPointerDown}
        onPointerMove={onPointerMove}
        onPointerUp={onPointerUp}
        onPointerCancel={onPointerUp}
        onKeyDown={onKeyDown}
      />
      <button
        type="button"
        className="pane-splitter__toggle"
        aria-expanded={!pane.collapsed}
        aria-controls={controls}
        title={toggleText}
        onClick={() => onChange({ collapsed: !pane.collapsed })}
      >
        <span aria-hidden="true">{pane.collapsed ? '‹' : '›'}</span>
        <span className="visually-hidden">{toggleText}</span>
      </button>
    </div>
  );
}
