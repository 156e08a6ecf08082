import { EARLY_ACTION_ATTRIBUTE } from '../../build/pageMarks';
import { starterDesign } from '../../model/create';
import { documentStore } from '../../store/document';
import { useStudio } from '../../store/studioStore';

interface FirstRunProps {
  /**
   * Where the offer is asked for. It is shown inside the empty pod, under the words saying the
   * pod has no containers yet, where the person is looking; the toolbar shows nothing.
   */
  place?: 'pod' | 'toolbar';
}

/** The mark of the example button, whose click is kept while the canvas loads. */
export const OPEN_EXAMPLE = 'open-example';

/** Opens the example design in place of the current one, as one undo step. */
export function openExample(): void {
  documentStore.getState().openDesign(starterDesign(), null, 'Start from an example');
}

/**
 * For a pod without containers (the first visit, a new design): opens the example, a Deployment
 * whose app writes logs to a shared emptyDir that a native log-shipper sidecar reads. One undo
 * step, like any other change of the whole design.
 */
export function FirstRun({ place = 'toolbar' }: FirstRunProps) {
  const empty = useStudio((state) => state.design.containers.length === 0);
  if (!empty || place !== 'pod') return null;
  return (
    <button
      type="button"
      className="button button--primary"
      title="A Deployment whose app writes logs to a shared emptyDir, read by a native log-shipper sidecar"
      {...{ [EARLY_ACTION_ATTRIBUTE]: OPEN_EXAMPLE }}
      onClick={openExample}
    >
      Start from an example
    </button>
  );
}
