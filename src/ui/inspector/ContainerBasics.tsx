import {
  renameContainer,
  setContainerPurpose,
  setContainerRole,
  setContainerSidecarMode,
  updateContainerSpec,
} from '../../model/ops';
import {
  type Container,
  type ContainerRole,
  SIDECAR_PURPOSES,
  type SidecarMode,
  type SidecarPurpose,
} from '../../model/types';
import { useStudio } from '../../store/studioStore';
import { CommitField } from './CommitField';
import { type Choice, SelectField } from './SelectField';
import { textOf } from './specValues';

const ROLE_CHOICES: Choice[] = [
  { value: 'main', label: 'Main container' },
  { value: 'sidecar', label: 'Sidecar' },
  { value: 'init', label: 'Init container' },
];

const PURPOSE_CHOICES: Choice[] = [
  { value: '', label: 'Not said' },
  ...SIDECAR_PURPOSES.map((p) => ({ value: p, label: p })),
];

const MODE_CHOICES: Choice[] = [
  { value: '', label: "Use the pod's mode" },
  { value: 'native', label: 'Native' },
  { value: 'legacy', label: 'Legacy' },
];

/** Name, image, role and, for sidecars, purpose and placement of one container. */
export function ContainerBasics({ container }: { container: Container }) {
  const dispatch = useStudio((state) => state.dispatch);
  const select = useStudio((state) => state.select);
  const name = container.name;

  return (
    <div className="inspector__group">
      <CommitField
        label="Name"
        value={name}
        onCommit={(next) => {
          dispatch((d) => renameContainer(d, name, next.trim()));
          select({ kind: 'container', name: next.trim() });
        }}
      />
      <CommitField
        label="Image"
        value={textOf(container.raw.image)}
        placeholder="nginx:1.27"
        onCommit={(next) =>
          dispatch((d) => updateContainerSpec(d, name, { image: next.trim() || undefined }))
        }
      />
      <SelectField
        label="Role"
        value={container.role}
        choices={ROLE_CHOICES}
        onCommit={(role) => dispatch((d) => setContainerRole(d, name, role as ContainerRole))}
      />
      {container.guessed && (
        <p className="inspector__hint">
          {`Guessed on import${container.guessReason ? `: ${container.guessReason}` : ''}. Choosing a role or purpose confirms it.`}
        </p>
      )}
      {container.role === 'sidecar' && (
        <>
          <SelectField
            label="Purpose"
            value={container.purpose ?? ''}
            choices={PURPOSE_CHOICES}
            onCommit={(purpose) =>
              dispatch((d) =>
                setContainerPurpose(d, name, (purpose || undefined) as SidecarPurpose | undefined),
              )
            }
          />
          <SelectField
            label="Placement"
            value={container.mode ?? ''}
            choices={MODE_CHOICES}
            onCommit={(mode) =>
              dispatch((d) =>
                setContainerSidecarMode(d, name, (mode || undefined) as SidecarMode | undefined),
              )
            }
          />
        </>
      )}
    </div>
  );
}
