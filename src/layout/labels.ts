/** The longest mount path drawn in full on an edge; longer ones keep their end. */
export const MAX_LABEL_CHARS = 28;

/**
 * A mount path as the diagram labels it: in full when short, otherwise its last characters after
 * an ellipsis (the end of a path says most about it), then " (read-only)" for a read-only mount.
 */
export function mountLabel(mountPath: string, readOnly: boolean): string {
  const short =
    mountPath.length <= MAX_LABEL_CHARS
      ? mountPath
      : `…${mountPath.slice(mountPath.length - (MAX_LABEL_CHARS - 1))}`;
  return readOnly ? `${short} (read-only)` : short;
}

/** The label of a port link. */
export function linkLabel(port: number): string {
  return `localhost:${port}`;
}
