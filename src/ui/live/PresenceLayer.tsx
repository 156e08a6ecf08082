import { useEffect, useState } from 'react';
import { createPortal } from 'react-dom';
import { sharePointer } from './liveSession';
import type { Person } from './liveState';

interface Viewport {
  x: number;
  y: number;
  zoom: number;
}

/** The diagram's pan and zoom, read from React Flow's viewport transform. */
function viewportOf(canvas: Element): Viewport {
  const transform =
    canvas.querySelector<HTMLElement>('.react-flow__viewport')?.style.transform ?? '';
  const match = /translate\(([-\d.]+)px,\s*([-\d.]+)px\)\s*scale\(([-\d.]+)\)/.exec(transform);
  return match
    ? { x: Number(match[1]), y: Number(match[2]), zoom: Number(match[3]) || 1 }
    : { x: 0, y: 0, zoom: 1 };
}

/** Sends this person's pointer over the canvas, at most every 50 ms. */
function useSharePointer(canvas: Element | null): void {
  useEffect(() => {
    if (canvas === null) return;
    let last = 0;
    const move = (event: Event) => {
      const now = performance.now();
      if (now - last < 50) return;
      last = now;
      const { clientX, clientY } = event as PointerEvent;
      const box = canvas.getBoundingClientRect();
      const view = viewportOf(canvas);
      sharePointer({
        x: (clientX - box.left - view.x) / view.zoom,
        y: (clientY - box.top - view.y) / view.zoom,
      });
    };
    const leave = () => sharePointer(null);
    canvas.addEventListener('pointermove', move);
    canvas.addEventListener('pointerleave', leave);
    return () => {
      canvas.removeEventListener('pointermove', move);
      canvas.removeEventListener('pointerleave', leave);
    };
  }, [canvas]);
}

/** Redraws every half second, so outlines follow nodes that moved. */
function useTick(): void {
  const [, setTick] = useState(0);
  useEffect(() => {
    const timer = setInterval(() => setTick((n) => n + 1), 500);
    return () => clearInterval(timer);
  }, []);
}

/** Others' pointers and selections, drawn over the canvas in each person's colour. */
export function PresenceLayer({ people }: { people: readonly Person[] }) {
  const canvas = document.querySelector('.pod-canvas');
  useSharePointer(canvas);
  useTick();
  if (canvas === null) return null;
  const box = canvas.getBoundingClientRect();
  const view = viewportOf(canvas);
  const others = people.filter((person) => !person.self);
  return createPortal(
    <div className="live-presence" aria-hidden="true">
      {others.map((person) => {
        const node =
          person.selection === null
            ? null
            : canvas.querySelector(`.react-flow__node[data-id="${CSS.escape(person.selection)}"]`);
        const rect = node?.getBoundingClientRect();
        return (
          <div key={person.clientId}>
            {rect && (
              <div
                className="live-presence__selection"
                style={{
                  left: rect.left - box.left - 4,
                  top: rect.top - box.top - 4,
                  width: rect.width + 8,
                  height: rect.height + 8,
                  borderColor: person.colour,
                }}
              >
                <span style={{ background: person.colour }}>{person.name}</span>
              </div>
            )}
            {person.pointer && (
              <div
                className="live-presence__pointer"
                style={{
                  left: person.pointer.x * view.zoom + view.x,
                  top: person.pointer.y * view.zoom + view.y,
                  color: person.colour,
                }}
              >
                <svg width="14" height="18" viewBox="0 0 14 18" aria-hidden="true">
                  <path d="M0 0 L14 10 L7 11 L4 18 Z" fill="currentColor" />
                </svg>
                <span style={{ background: person.colour }}>{person.name}</span>
              </div>
            )}
          </div>
        );
      })}
    </div>,
    canvas,
  );
}
