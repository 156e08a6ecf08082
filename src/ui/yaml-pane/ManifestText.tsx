import { useManifestWriter } from '../../store/useManifest';

interface ManifestTextProps {
  text: string;
  hidden: boolean;
}

/**
 * The manifest as plain text: readable at once, and whenever the editor is not there. For the
 * moment after the page opens, while the manifest is being written, it says so.
 */
export function ManifestText({ text, hidden }: ManifestTextProps) {
  const writing = useManifestWriter() === 'writing';
  return (
    // biome-ignore lint/a11y/noNoninteractiveTabindex: a scrolling text block must be reachable by keyboard
    <pre className="manifest-text" tabIndex={0} hidden={hidden} aria-busy={writing || undefined}>
      {writing ? 'Writing the manifest…' : text}
    </pre>
  );
}
