import { useMemo } from 'react';
import { useStudio } from '../../store/studioStore';
import { ModalDialog } from '../components/ModalDialog';
import { explainContainer, explainPod } from './explainContainer';
import './explain.css';

interface ExplainDialogProps {
  /** The container to explain; without one, the whole Pod. */
  container?: string;
  onClose: () => void;
}

/** What Kubernetes does with a container (or the Pod), from the same simulation as the timeline. */
export function ExplainDialog({ container, onClose }: ExplainDialogProps) {
  const design = useStudio((state) => state.design);
  const explanation = useMemo(
    () =>
      container === undefined
        ? explainPod(design)
        : (explainContainer(design, container) ?? {
            title: `No container named ${container}`,
            sections: [
              {
                heading: 'Gone',
                sentences: [`The design has no container named ${container} any more.`],
              },
            ],
          }),
    [design, container],
  );
  return (
    <ModalDialog title={explanation.title} onClose={onClose} className="confirm explain-dialog">
      {explanation.sections.map((section) => (
        <section key={section.heading} className="explain-dialog__section">
          <h3>{section.heading}</h3>
          {section.sentences.map((sentence) => (
            <p key={sentence}>{sentence}</p>
          ))}
        </section>
      ))}
      <div className="confirm__actions">
        <button type="button" className="button" onClick={onClose}>
          Close
        </button>
      </div>
    </ModalDialog>
  );
}
