import { PaletteButton } from './PaletteButton';
import { usePaletteAdd } from './usePaletteAdd';
import { VolumeMenu } from './VolumeMenu';
import './palette.css';

/** The things a pod can hold; each adds itself at a free spot, or can be dragged into the pod. */
export function Palette() {
  const { add, refusal } = usePaletteAdd();
  return (
    <section className="palette" aria-label="Palette">
      <PaletteButton
        item={{ kind: 'container', role: 'main' }}
        onAdd={add}
        className="palette__item--main"
      >
        Main container
      </PaletteButton>
      <PaletteButton
        item={{ kind: 'container', role: 'sidecar' }}
        onAdd={add}
        className="palette__item--sidecar"
      >
        Sidecar container
      </PaletteButton>
      <PaletteButton
        item={{ kind: 'container', role: 'init' }}
        onAdd={add}
        className="palette__item--init"
      >
        Init container
      </PaletteButton>
      <VolumeMenu onAdd={add} />
      <p className="palette__status" role="status">
        {refusal}
      </p>
    </section>
  );
}
