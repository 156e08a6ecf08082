interface ManifestTextProps {
  text: string;
  hidden: boolean;
  /** True while the manifest is still being written (the page has just opened). */
  writing: boolean;
}

/**
 * The manifest as plain text: readable at once, and whenever the editor is not there. For the
 * moment after the page opens, while the manifest is being written, it says so.
 */
export function ManifestText({ text, hidden, writing }: ManifestTextProps) {
  return (
    // biome-ignore lint/a11y/noNoninteractiveTabindex: a scrolling text block must be reachable by keyboard
    <pre className="manifest-text" tabIndex={0} hidden={hidden} aria-busy={writing || undefined}>
      {writing ? 'Writing the manifest…' : text}
    </pre>
  );
}
