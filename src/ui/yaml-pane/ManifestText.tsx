interface ManifestTextProps {
  text: string;
  hidden: boolean;
}

/** The manifest as plain text: readable at once, and whenever the editor is not there. */
export function ManifestText({ text, hidden }: ManifestTextProps) {
  return (
    // biome-ignore lint/a11y/noNoninteractiveTabindex: a scrolling text block must be reachable by keyboard
    <pre className="manifest-text" tabIndex={0} hidden={hidden}>
      {text}
    </pre>
  );
}
