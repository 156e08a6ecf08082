import type { DragEvent, ReactNode } from 'react';
import { encodeItem, PALETTE_MIME, type PaletteItem } from './paletteItems';

/** Writes a palette item into a drag, for the canvas to drop. */
export function startItemDrag(event: DragEvent, item: PaletteItem): void {
  event.dataTransfer.setData(PALETTE_MIME, encodeItem(item));
  event.dataTransfer.effectAllowed = 'copy';
}

interface PaletteButtonProps {
  item: PaletteItem;
  onAdd: (item: PaletteItem) => void;
  className: string;
  children: ReactNode;
}

/** A palette entry: click or Enter adds it at a free spot; it can also be dragged into the pod. */
export function PaletteButton({ item, onAdd, className, children }: PaletteButtonProps) {
  return (
    <button
      type="button"
      className={`palette__item ${className}`}
      draggable
      onDragStart={(event) => startItemDrag(event, item)}
      onClick={() => onAdd(item)}
    >
      {children}
    </button>
  );
}
