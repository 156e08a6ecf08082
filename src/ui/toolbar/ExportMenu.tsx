import { useId } from 'react';
import { documentStore, exportFileName, exportText, useDocument } from '../../store/document';
import { studioStore, useStudio } from '../../store/studioStore';
import { download } from './download';
import { useDropdown } from './useDropdown';

/**
 * "Export YAML" downloads `<workload name>.yaml`: every document of the imported file in order with
 * the edited workload in its place, or the design alone. The options say whether the design
 * annotation (roles, purposes, links and positions, for the next import) is written.
 */
export function ExportMenu() {
  const annotate = useDocument((state) => state.annotate);
  const setAnnotate = useDocument((state) => state.setAnnotate);
  const showNotice = useStudio((state) => state.showNotice);
  const { open: optionsOpen, setOpen: setOptionsOpen, menu, toggle } = useDropdown();
  const optionsId = useId();

  /** The text Export YAML writes, or undefined after saying why there is none. */
  const manifestText = async (): Promise<string | undefined> => {
    const { design } = studioStore.getState();
    const { open } = documentStore.getState();
    try {
      return await exportText(design, open, { annotate });
    } catch (error) {
      const reason = error instanceof Error ? error.message : String(error);
      showNotice({
        id: 'export',
        tone: 'error',
        message: `The manifest could not be exported: ${reason}`,
      });
      return undefined;
    }
  };

  const exportYaml = async () => {
    const text = await manifestText();
    if (text === undefined) return;
    const yaml = new Blob([text], { type: 'application/yaml' });
    download(yaml, exportFileName(studioStore.getState().design));
  };

  const copyYaml = async () => {
    const text = await manifestText();
    if (text === undefined) return;
    try {
      await navigator.clipboard.writeText(text);
      showNotice({ id: 'export', tone: 'info', message: 'The manifest is on the clipboard.' });
    } catch {
      showNotice({
        id: 'export',
        tone: 'error',
        message:
          'The browser did not let Sidecar Studio use the clipboard; use Export YAML instead.',
      });
    }
  };

  return (
    <div className="export-menu" ref={menu}>
      <button
        type="button"
        className="button"
        onClick={() => void exportYaml()}
        title="Download the manifest as a .yaml file"
      >
        Export YAML
      </button>
      <button
        type="button"
        ref={toggle}
        className="button export-menu__toggle"
        aria-expanded={optionsOpen}
        aria-controls={optionsId}
        onClick={() => setOptionsOpen((isOpen) => !isOpen)}
      >
        <span aria-hidden="true">▾</span>
        <span className="visually-hidden">Export options</span>
      </button>
      <div id={optionsId} className="export-menu__panel" hidden={!optionsOpen}>
        <div className="export-menu__option">
          <input
            id={`${optionsId}-annotate`}
            type="checkbox"
            checked={annotate}
            aria-describedby={`${optionsId}-annotate-hint`}
            onChange={(event) => setAnnotate(event.target.checked)}
          />
          <label htmlFor={`${optionsId}-annotate`}>Include the design annotation</label>
          <p id={`${optionsId}-annotate-hint`} className="export-menu__hint">
            sidecar.studio/design keeps roles, purposes, links and canvas positions for the next
            import. The manifest applies with or without it.
          </p>
        </div>
        <button type="button" className="button" onClick={() => void copyYaml()}>
          Copy YAML
        </button>
      </div>
    </div>
  );
}
