import { type FocusEvent, type KeyboardEvent, useEffect, useRef, useState } from 'react';
import type { VolumeType } from '../../model/types';
import { useStudio } from '../../store/studioStore';
import { startItemDrag } from './PaletteButton';
import { type PaletteItem, volumeTypesFor } from './paletteItems';

/** The "Volume" palette entry: a menu of the volume types this workload can have. */
export function VolumeMenu({ onAdd }: { onAdd: (item: PaletteItem) => void }) {
  const kind = useStudio((state) => state.design.kind);
  const types = volumeTypesFor({ kind });
  const [open, setOpen] = useState(false);
  const button = useRef<HTMLButtonElement>(null);
  const menu = useRef<HTMLDivElement>(null);
  const anchor = useRef<HTMLDivElement>(null);

  const onBlur = (event: FocusEvent) => {
    if (!anchor.current?.contains(event.relatedTarget as Node | null)) setOpen(false);
  };

  useEffect(() => {
    if (open) menu.current?.querySelector<HTMLButtonElement>('[role="menuitem"]')?.focus();
  }, [open]);

  const close = (refocus: boolean) => {
    setOpen(false);
    if (refocus) button.current?.focus();
  };

  const choose = (type: VolumeType) => {
    close(true);
    onAdd({ kind: 'volume', type });
  };

  const onMenuKey = (event: KeyboardEvent) => {
    const items = [
      ...(menu.current?.querySelectorAll<HTMLButtonElement>('[role="menuitem"]') ?? []),
    ];
    const at = items.indexOf(document.activeElement as HTMLButtonElement);
    const moves: Record<string, number> = {
      ArrowDown: (at + 1) % items.length,
      ArrowUp: (at - 1 + items.length) % items.length,
      Home: 0,
      End: items.length - 1,
    };
    if (event.key in moves) {
      event.preventDefault();
      items[moves[event.key] ?? 0]?.focus();
    } else if (event.key === 'Escape') {
      event.preventDefault();
      close(true);
    } else if (event.key === 'Tab') {
      close(false);
    }
  };

  return (
    <div className="palette__menu-anchor" ref={anchor}>
      <button
        ref={button}
        type="button"
        className="palette__item palette__item--volume"
        aria-haspopup="menu"
        aria-expanded={open}
        aria-controls="volume-menu"
        onBlur={onBlur}
        onClick={() => setOpen((was) => !was)}
        onKeyDown={(event) => {
          if (event.key === 'ArrowDown') {
            event.preventDefault();
            setOpen(true);
          }
        }}
      >
        Volume
      </button>
      {open && (
        <div
          ref={menu}
          id="volume-menu"
          className="palette__menu"
          role="menu"
          aria-label="Volume types"
          onKeyDown={onMenuKey}
          onBlur={onBlur}
        >
          {types.map((type) => (
            <button
              key={type}
              type="button"
              role="menuitem"
              tabIndex={-1}
              draggable
              onDragStart={(event) => startItemDrag(event, { kind: 'volume', type })}
              onClick={() => choose(type)}
            >
              {type}
            </button>
          ))}
        </div>
      )}
    </div>
  );
}
