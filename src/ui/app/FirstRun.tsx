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
      onClick={() =>
        documentStore.getState().openDesign(starterDesign(), null, 'Start from an example')
      }
    >
      Start from an example
    </button>
  );
}
