import type { Design } from '../../model/types';
import { PATTERNS, type Pattern } from '../../patterns/index';
import './patterns.css';

/** Opens a design as the current one (a fresh copy of a pattern). */
export type OpenPattern = (design: Design, name: string) => void;

function PatternItem({ pattern, onOpen }: { pattern: Pattern; onOpen: OpenPattern }) {
  const [what, problem] = pattern.summary;
  const nameId = `pattern-${pattern.id}-name`;
  return (
    <li className="pattern-item" aria-labelledby={nameId}>
      <div className="pattern-item__text">
        <h3 className="pattern-item__name">
          <span id={nameId}>{pattern.name}</span>
          {pattern.brokenOnPurpose && <span className="learning-badge">Broken on purpose</span>}
        </h3>
        <p className="pattern-item__line">{what}</p>
        <p className="pattern-item__line pattern-item__line--problem">
          {!pattern.brokenOnPurpose && <span className="pattern-item__label">Solves: </span>}
          {problem}
        </p>
        {pattern.sources.length > 0 && (
          <p className="pattern-item__sources">
            Sources:{' '}
            {pattern.sources.map((source, i) => (
              <span key={source.url}>
                {i > 0 && ', '}
                <a href={source.url} target="_blank" rel="noreferrer">
                  {source.title}
                </a>
              </span>
            ))}
          </p>
        )}
      </div>
      <button
        type="button"
        className="button"
        onClick={() => onOpen(pattern.design(), pattern.name)}
      >
        Open<span className="visually-hidden"> {pattern.name}</span>
      </button>
    </li>
  );
}

/**
 * The pattern library, shown in the "Patterns" dialog: each pattern with what it is, the problem
 * it solves and where it is documented. Opening one replaces the design (undo brings it back).
 */
export function PatternList({ onOpen }: { onOpen: OpenPattern }) {
  return (
    <ul className="pattern-list" aria-label="Patterns">
      {PATTERNS.map((pattern) => (
        <PatternItem key={pattern.id} pattern={pattern} onOpen={onOpen} />
      ))}
    </ul>
  );
}
