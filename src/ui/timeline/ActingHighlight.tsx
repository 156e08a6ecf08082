/**
 * Rings the acting container's node on the "Pod" canvas while the timeline shows one of its
 * events. A style rule of its own, keyed on the node's accessible name (the container's name), so
 * the canvas needs to know nothing about the timeline.
 */
export function ActingHighlight({ container }: { container: string }) {
  const selector = `.react-flow__node[aria-label="${CSS.escape(container)}"] .container-node`;
  return (
    <style>{`${selector} { outline: 3px solid var(--timeline-acting, #c2410c); outline-offset: 3px; }`}</style>
  );
}
