/**
 * Runs `then` once the next frame has been painted; returns the call that cancels it. For work
 * that follows an edit without holding back the frame that shows it.
 */
export function afterNextPaint(then: () => void): () => void {
  let timer: ReturnType<typeof setTimeout> | undefined;
  // A frame's callbacks run before it is painted; the timer then runs once it has been.
  const frame = requestAnimationFrame(() => {
    timer = setTimeout(then);
  });
  return () => {
    cancelAnimationFrame(frame);
    clearTimeout(timer);
  };
}
