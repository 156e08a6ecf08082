import { ruleById } from '../../lint/registry';
import type { Finding } from '../../lint/types';
import { revealInManifest } from '../../store/reveal';
import { useStudio } from '../../store/studioStore';
import { ExplainButton } from '../explain/ExplainButton';
import { useLearning } from '../learn/learningState';
import { applyFix, hasFix } from './findings';

interface WarningItemProps {
  finding: Finding;
  /** Tells the person what a fix changed. */
  onFixed: (summary: string) => void;
}

/**
 * One finding: rule id, severity, where, the message, a source to read and maybe a fix. Its rule
 * id is a button that shows where the finding is.
 */
export function WarningItem({ finding, onFixed }: WarningItemProps) {
  const dispatch = useStudio((state) => state.dispatch);
  const select = useStudio((state) => state.select);
  // In an exercise the learner makes the fix: a one-click Fix would give the answer away.
  const inExercise = useLearning((state) => state.mode !== null);
  const rule = ruleById(finding.rule);
  const source = rule?.sources[0];
  const target = finding.container ?? finding.volume;

  // Shows where the finding is: its container or volume on the canvas, its line in the manifest.
  const show = () => {
    if (finding.container) select({ kind: 'container', name: finding.container });
    else if (finding.volume) select({ kind: 'volume', name: finding.volume });
    revealInManifest(finding.path);
  };

  const fix = () => {
    let summary: string | undefined;
    dispatch((design) => {
      const fixed = applyFix(design, finding);
      summary = fixed?.summary;
      return fixed ? fixed.design : design;
    });
    if (summary) onFixed(summary);
  };

  return (
    <li className={`warning warning--${finding.severity}`}>
      <div className="warning__top">
        <span className="warning__severity">{finding.severity}</span>
        <button type="button" className="warning__rule" onClick={show}>
          {finding.rule}
          <span className="visually-hidden">, show {target ?? 'in the manifest'}</span>
        </button>
        {target && <span className="warning__target">{target}</span>}
      </div>
      <p className="warning__message">{finding.message}</p>
      <div className="warning__actions">
        {source && (
          <a href={source.url} target="_blank" rel="noreferrer">
            Learn more<span className="visually-hidden"> about {finding.rule} (new tab)</span>
          </a>
        )}
        {hasFix(finding) && !inExercise && (
          <button type="button" className="button" onClick={fix}>
            Fix<span className="visually-hidden"> {finding.rule}</span>
          </button>
        )}
        <ExplainButton container={finding.container} about={finding.rule} />
      </div>
    </li>
  );
}
