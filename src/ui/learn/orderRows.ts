/**
 * The learner's answer to an order exercise while it is being arranged: the containers top to
 * bottom, each either starting a new step or joining the step of the container above.
 */
export interface OrderRow {
  name: string;
  /** Starts (or is told to stop) together with the container above; ignored for the first row. */
  together: boolean;
}

/** One row per container, each its own step, in the order given. */
export function initialRows(names: readonly string[]): OrderRow[] {
  return names.map((name) => ({ name, together: false }));
}

/** The first row never joins a step above it. */
function settled(rows: OrderRow[]): OrderRow[] {
  const [first] = rows;
  if (first?.together) rows[0] = { ...first, together: false };
  return rows;
}

/** `rows` with the row at `from` moved to position `to` (both clamped to the list). */
export function moveRowTo(rows: readonly OrderRow[], from: number, to: number): OrderRow[] {
  const next = [...rows];
  if (from < 0 || from >= next.length) return next;
  const [row] = next.splice(from, 1);
  if (row === undefined) return next;
  next.splice(Math.max(0, Math.min(to, next.length)), 0, row);
  return settled(next);
}

/** `rows` with the row at `index` moved one place up (`-1`) or down (`1`). */
export function moveRow(rows: readonly OrderRow[], index: number, by: -1 | 1): OrderRow[] {
  return moveRowTo(rows, index, index + by);
}

/** `rows` with the row at `index` joining (or leaving) the step of the row above. */
export function setTogether(
  rows: readonly OrderRow[],
  index: number,
  together: boolean,
): OrderRow[] {
  return settled(rows.map((row, i) => (i === index ? { ...row, together } : row)));
}

/** The answer as steps, each the containers that start (or stop) together. */
export function rowsToSteps(rows: readonly OrderRow[]): string[][] {
  const steps: string[][] = [];
  for (const [i, row] of rows.entries()) {
    const last = steps.at(-1);
    if (i > 0 && row.together && last) last.push(row.name);
    else steps.push([row.name]);
  }
  return steps;
}

/** The step number (from 1) of each row. */
export function stepNumbers(rows: readonly OrderRow[]): number[] {
  let step = 0;
  return rows.map((row, i) => {
    if (i === 0 || !row.together) step += 1;
    return step;
  });
}

/** `rows` without the row at `index`: a container the learner leaves out of the order. */
export function removeRow(rows: readonly OrderRow[], index: number): OrderRow[] {
  return settled(rows.filter((_, i) => i !== index));
}

/** `rows` with `name` added as a step of its own at the end. */
export function appendRow(rows: readonly OrderRow[], name: string): OrderRow[] {
  return [...rows, { name, together: false }];
}
