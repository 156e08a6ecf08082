import { useMemo, useState } from 'react';
import { useStudio } from '../../store/studioStore';
import { countText, findingsOf } from './findings';
import { WarningItem } from './WarningItem';
import './warnings.css';

/** The findings of the lint rules for the current design, with their fixes. */
export function WarningsPanel() {
  const design = useStudio((state) => state.design);
  const findings = useMemo(() => findingsOf(design), [design]);
  const [fixed, setFixed] = useState('');

  return (
    <section className="pane pane--warnings" aria-labelledby="warnings-heading">
      <div className="pane__header">
        <h2 id="warnings-heading">Warnings</h2>
        <span className="warnings__count">{countText(findings)}</span>
      </div>
      <div className="warnings__body">
        <p className="warnings__status" role="status">
          {fixed}
        </p>
        {findings.length === 0 && <p className="warnings__none">Nothing to report.</p>}
        <ul className="warnings__list" aria-label="Warnings">
          {findings.map((finding) => (
            <WarningItem
              key={`${finding.rule}|${finding.path}|${finding.message}`}
              finding={finding}
              onFixed={setFixed}
            />
          ))}
        </ul>
      </div>
    </section>
  );
}
