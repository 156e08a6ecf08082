import { useMemo } from 'react';
import type { Design } from '../../model/types';
import { type PlacementValue, resourcesView } from './resourcesView';

function Formula({ label, value }: { label: string; value: PlacementValue }) {
  return (
    <li>
      <span className="resources__placement">{label}:</span> max(
      {value.terms.map((term, index) => (
        <span key={term.text}>
          {index > 0 && ', '}
          {term.wins ? (
            <strong>
              {term.text}
              <span className="visually-hidden"> (the largest)</span>
            </strong>
          ) : (
            term.text
          )}
        </span>
      ))}
      ){value.notes.length > 0 && `; ${value.notes.join('; ')}`}
    </li>
  );
}

/** The Pod's effective cpu and memory with native and with legacy sidecars, and why. */
export function ResourcesSummary({ design }: { design: Design }) {
  const view = useMemo(() => resourcesView(design), [design]);
  const mark = (mode: 'native' | 'legacy') =>
    view.current === mode && <span className="resources__current">this design</span>;
  return (
    <div className="resources">
      <h3 id="resources-heading">Effective resources</h3>
      {view.rows.length > 0 && (
        <>
          <table className="resources__table" aria-labelledby="resources-heading">
            <thead>
              <tr>
                <th scope="col">Pod</th>
                <th scope="col">Native sidecars{mark('native')}</th>
                <th scope="col">Legacy sidecars{mark('legacy')}</th>
              </tr>
            </thead>
            <tbody>
              {view.rows.map((row) => (
                <tr
                  key={`${row.side}-${row.resource}`}
                  className={row.differs ? 'is-different' : undefined}
                >
                  <th scope="row">
                    {row.resource} {row.side}
                  </th>
                  <td>{row.native.display}</td>
                  <td>{row.legacy.display}</td>
                </tr>
              ))}
            </tbody>
          </table>
          <h4 className="resources__why">Why: the largest of these sums</h4>
          {view.rows.map((row) => (
            <div key={`${row.side}-${row.resource}`} className="resources__formulas">
              <span className="resources__formula-title">
                {row.resource} {row.side}
              </span>
              <ul>
                <Formula label="native" value={row.native} />
                <Formula label="legacy" value={row.legacy} />
              </ul>
            </div>
          ))}
        </>
      )}
      {view.summary.map((sentence) => (
        <p key={sentence} className="resources__summary">
          {sentence}
        </p>
      ))}
      {view.notes.map((note) => (
        <p key={note} className="resources__summary">
          {note}
        </p>
      ))}
    </div>
  );
}
