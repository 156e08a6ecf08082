import { useCallback, useEffect, useState } from 'react';
import type { Position } from '../../model/types';
import { type Selection, useStudio } from '../../store/studioStore';
import { tryEdit } from '../inspector/refusal';
import type { PaletteItem } from './paletteItems';

type Placement = typeof import('./addItem');

/**
 * Placement reads the canvas' geometry, which arrives with the canvas right after the first
 * screen: the first paint does not wait for it, and once it is here adding is immediate.
 */
let placement: Placement | undefined;
function loadPlacement(): Promise<Placement> {
  return import('./addItem').then((module) => {
    placement = module;
    return module;
  });
}

/**
 * Adding palette items: at a free spot (or a given position), then selecting the new item so the
 * inspector shows it. A refusal of the model is kept as a sentence to show.
 */
export function usePaletteAdd(): {
  add: (item: PaletteItem, position?: Position) => void;
  refusal: string | undefined;
} {
  const dispatch = useStudio((state) => state.dispatch);
  const select = useStudio((state) => state.select);
  const [refusal, setRefusal] = useState<string | undefined>();

  useEffect(() => {
    void loadPlacement();
  }, []);

  const add = useCallback(
    (item: PaletteItem, position?: Position) => {
      const addWith = ({ addItem }: Placement) => {
        let added: Selection = null;
        const refused = tryEdit(() =>
          dispatch((design) => {
            const result = addItem(design, item, position);
            added = result.added;
            return result.design;
          }),
        );
        setRefusal(refused);
        if (added) select(added);
      };
      if (placement) addWith(placement);
      else void loadPlacement().then(addWith);
    },
    [dispatch, select],
  );

  return { add, refusal };
}
