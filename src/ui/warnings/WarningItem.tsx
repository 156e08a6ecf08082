import { ruleById } from '../../lint/registry';
import type { Finding } from '../../lint/types';
import { useStudio } from '../../store/studioStore';
import { applyFix, hasFix } from './findings';

interface WarningItemProps {
  finding: Finding;
  /** Tells the person what a fix changed. */
  onFixed: (summary: string) => void;
}

/** One finding: rule id, severity, where, the message, a source to read and maybe a fix. */
export function WarningItem({ finding, onFixed }: WarningItemProps) {
  const dispatch = useStudio((state) => state.dispatch);
  const select = useStudio((state) => state.select);
  const rule = ruleById(finding.rule);
  const source = rule?.sources[0];
  const target = finding.container ?? finding.volume;

  const show = () => {
    if (finding.container) select({ kind: 'container', name: finding.container });
    else if (finding.volume) select({ kind: 'volume', name: finding.volume });
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
        {target ? (
          <button type="button" className="warning__rule" onClick={show}>
            {finding.rule}
            <span className="visually-hidden">, show {target}</span>
          </button>
        ) : (
          <span className="warning__rule">{finding.rule}</span>
        )}
        {target && <span className="warning__target">{target}</span>}
      </div>
      <p className="warning__message">{finding.message}</p>
      <div className="warning__actions">
        {source && (
          <a href={source.url} target="_blank" rel="noreferrer">
            Learn more<span className="visually-hidden"> about {finding.rule} (new tab)</span>
          </a>
        )}
        {hasFix(finding) && (
          <button type="button" className="button" onClick={fix}>
            Fix<span className="visually-hidden"> {finding.rule}</span>
          </button>
        )}
      </div>
    </li>
  );
}
