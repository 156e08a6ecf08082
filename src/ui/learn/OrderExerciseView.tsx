import { type DragEvent, useEffect, useRef, useState } from 'react';
import { check, containerNames } from '../../learn/index';
import type { CheckResult, OrderExercise } from '../../learn/types';
import { Outcome } from './Outcome';
import {
  appendRow,
  initialRows,
  moveRow,
  moveRowTo,
  type OrderRow,
  removeRow,
  rowsToSteps,
  setTogether,
  stepNumbers,
} from './orderRows';

interface OrderExerciseViewProps {
  exercise: OrderExercise;
  onChecked: (correct: boolean) => void;
}

/**
 * Arranges the containers of a pod in the order they start (or are told to stop): by dragging a
 * row, or with its "Move up" and "Move down" buttons; containers of one step are grouped with
 * "together with the one above". "Check" compares the arrangement with the lifecycle.
 */
export function OrderExerciseView({ exercise, onChecked }: OrderExerciseViewProps) {
  const [rows, setRows] = useState<OrderRow[]>(() => initialRows(containerNames(exercise)));
  const [leftOut, setLeftOut] = useState<string[]>([]);
  const [result, setResult] = useState<CheckResult | null>(null);
  const [dragged, setDragged] = useState<number | null>(null);
  const [dropAt, setDropAt] = useState<number | null>(null);
  const [said, setSaid] = useState('');
  /** The control to focus once the rows are drawn in their new order. */
  const focusNext = useRef<string | null>(null);
  const starting = exercise.type === 'predict-start';
  const steps = stepNumbers(rows);
  const stepCount = steps.at(-1) ?? 0;

  useEffect(() => {
    if (focusNext.current === null) return;
    document.getElementById(focusNext.current)?.focus();
    focusNext.current = null;
  });

  const change = (next: OrderRow[], message: string) => {
    setRows(next);
    setResult(null);
    setSaid(message);
  };

  const move = (index: number, by: -1 | 1) => {
    const row = rows[index];
    const to = index + by;
    if (row === undefined || to < 0 || to >= rows.length) return;
    focusNext.current = `order-${exercise.id}-${row.name}-${by < 0 ? 'up' : 'down'}`;
    change(moveRow(rows, index, by), `${row.name} moved to place ${to + 1} of ${rows.length}.`);
  };

  const leaveOut = (index: number) => {
    const row = rows[index];
    if (row === undefined) return;
    const neighbour = rows[index + 1] ?? rows[index - 1];
    focusNext.current =
      neighbour === undefined
        ? `order-${exercise.id}-${row.name}-back`
        : `order-${exercise.id}-${neighbour.name}-out`;
    setLeftOut([...leftOut, row.name]);
    change(removeRow(rows, index), `${row.name} left out of the order.`);
  };

  const putBack = (name: string) => {
    focusNext.current = `order-${exercise.id}-${name}-up`;
    setLeftOut(leftOut.filter((n) => n !== name));
    change(appendRow(rows, name), `${name} put back at the end of the order.`);
  };

  const drop = (event: DragEvent, index: number) => {
    event.preventDefault();
    const from = dragged;
    setDragged(null);
    setDropAt(null);
    const row = from === null ? undefined : rows[from];
    if (from === null || row === undefined || from === index) return;
    change(
      moveRowTo(rows, from, index),
      `${row.name} moved to place ${index + 1} of ${rows.length}.`,
    );
  };

  const checkAnswer = () => {
    const outcome = check(exercise, rowsToSteps(rows));
    setResult(outcome);
    onChecked(outcome.correct);
  };

  const together = starting
    ? 'Starts together with the one above'
    : 'Stops together with the one above';

  return (
    <div className="order-exercise">
      <p className="learn-help" id={`order-${exercise.id}-help`}>
        Top to bottom: the first container to {starting ? 'start' : 'be told to stop'} comes first.
        Drag a row, or use its Move up and Move down buttons; tick “{together.toLowerCase()}” for
        containers of one step. Leave out a container that takes no part in the order.
      </p>
      <ol
        className="order-list"
        aria-label={starting ? 'Start order' : 'Stop order'}
        aria-describedby={`order-${exercise.id}-help`}
      >
        {rows.map((row, index) => {
          const id = `order-${exercise.id}-${row.name}`;
          const joined = index > 0 && row.together;
          return (
            <li
              key={row.name}
              className={[
                'order-row',
                joined ? 'order-row--joined' : '',
                dragged === index ? 'order-row--dragged' : '',
                dropAt === index && dragged !== index ? 'order-row--drop' : '',
              ].join(' ')}
              draggable
              onDragStart={(event) => {
                event.dataTransfer.effectAllowed = 'move';
                event.dataTransfer.setData('text/plain', row.name);
                setDragged(index);
              }}
              onDragOver={(event) => {
                if (dragged === null) return;
                event.preventDefault();
                event.dataTransfer.dropEffect = 'move';
                setDropAt(index);
              }}
              onDragLeave={() => setDropAt((at) => (at === index ? null : at))}
              onDrop={(event) => drop(event, index)}
              onDragEnd={() => {
                setDragged(null);
                setDropAt(null);
              }}
            >
              <span className="order-row__grip" aria-hidden="true">
                ⋮⋮
              </span>
              <span className="order-row__step">Step {steps[index]}</span>
              <span className="order-row__name">{row.name}</span>
              <span className="order-row__controls">
                {index > 0 && (
                  <label className="order-row__together">
                    <input
                      type="checkbox"
                      checked={row.together}
                      onChange={(event) =>
                        change(
                          setTogether(rows, index, event.target.checked),
                          event.target.checked
                            ? `${row.name} joined step ${steps[index - 1]}.`
                            : `${row.name} is its own step.`,
                        )
                      }
                    />
                    <span className="visually-hidden">{row.name}: </span>
                    {together}
                  </label>
                )}
                <button
                  type="button"
                  id={`${id}-up`}
                  className="button button--small"
                  aria-disabled={index === 0}
                  onClick={() => move(index, -1)}
                >
                  <span className="visually-hidden">{row.name}: </span>Move up
                </button>
                <button
                  type="button"
                  id={`${id}-down`}
                  className="button button--small"
                  aria-disabled={index === rows.length - 1}
                  onClick={() => move(index, 1)}
                >
                  <span className="visually-hidden">{row.name}: </span>Move down
                </button>
                <button
                  type="button"
                  id={`${id}-out`}
                  className="button button--small button--quiet"
                  onClick={() => leaveOut(index)}
                >
                  <span className="visually-hidden">{row.name}: </span>Leave out
                </button>
              </span>
            </li>
          );
        })}
      </ol>
      {leftOut.length > 0 && (
        <div className="order-left-out">
          <h4 id={`order-${exercise.id}-left-out`}>Left out of the order</h4>
          <ul aria-labelledby={`order-${exercise.id}-left-out`}>
            {leftOut.map((name) => (
              <li key={name} className="order-row order-row--left-out">
                <span className="order-row__name">{name}</span>
                <button
                  type="button"
                  id={`order-${exercise.id}-${name}-back`}
                  className="button button--small"
                  onClick={() => putBack(name)}
                >
                  <span className="visually-hidden">{name}: </span>Put back
                </button>
              </li>
            ))}
          </ul>
        </div>
      )}
      <p className="visually-hidden" aria-live="polite">
        {said}
      </p>
      <div className="learn-actions">
        <span className="learn-help">
          {rows.length} containers in {stepCount} {stepCount === 1 ? 'step' : 'steps'}
        </span>
        <button type="button" className="button button--primary" onClick={checkAnswer}>
          Check
        </button>
      </div>
      <Outcome exercise={exercise} result={result} />
    </div>
  );
}
