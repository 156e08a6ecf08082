import { lazy, Suspense, useEffect, useId, useState } from 'react';
import { createPortal } from 'react-dom';
import { exportFileName } from '../../store/document';
import { studioStore, useStudio } from '../../store/studioStore';
import { useHydrated } from '../idle/useHydrated';
import { LiveButton } from '../live/LiveButton';
import { imageFileName } from '../share/imageFrame';
import { addressHasShareLink, loadSharing, withSharing } from '../share/loadSharing';
import { PageImportLayer } from '../share/PageImportLayer';
import { useShare } from '../share/shareState';
import '../share/share.css';
import { download } from './download';
import { useDropdown } from './useDropdown';

const ShareDialogs = lazy(() => import('../share/ShareDialogs'));

type ImageFormat = 'png' | 'svg' | 'mmd';

const FORMATS: ReadonlyArray<{ format: ImageFormat; label: string; title: string }> = [
  { format: 'png', label: 'PNG', title: 'A picture, sharp at twice the diagram’s size' },
  { format: 'svg', label: 'SVG', title: 'A picture that stays sharp at any size' },
  {
    format: 'mmd',
    label: 'Mermaid',
    title: 'A Mermaid flowchart of the pod, for diagrams kept in Markdown documents',
  },
];

/** The picture (or, for Mermaid, the text) of the design in `format`. */
async function imageOf(format: ImageFormat): Promise<Blob> {
  const { design } = studioStore.getState();
  if (format === 'mmd') {
    const { mermaidFlowchart } = await import('../../export/mermaid');
    return new Blob([mermaidFlowchart(design)], { type: 'text/vnd.mermaid' });
  }
  const { drawDiagram } = await import('../share/imageExport');
  return (await drawDiagram(document, format, design)).blob;
}

let addressRead = false;

function readShareLinkFromAddress(): void {
  if (addressHasShareLink()) withSharing((sharing) => sharing.readShareLinkFromAddress());
}

/** Starts loading the share-link code and its codec ahead of a click, so the click stays in time. */
function preloadSharing(): void {
  void loadSharing()
    .then((sharing) => sharing.preloadCodec())
    .catch(() => undefined);
}

/** Opens the share link the page was opened with, once, and any link put in the address later. */
function useShareLinkInAddress(): void {
  useEffect(() => {
    if (!addressRead) {
      addressRead = true;
      readShareLinkFromAddress();
    }
    window.addEventListener('hashchange', readShareLinkFromAddress);
    return () => window.removeEventListener('hashchange', readShareLinkFromAddress);
  }, []);
}

/**
 * "Export image" downloads a picture of the diagram (PNG or SVG), or a Mermaid flowchart of it,
 * named after the workload;
 * "Copy share link" copies a link that opens this design. Also hosts what importing by dropping
 * or pasting and opening a shared design show.
 */
export function ShareButtons() {
  const showNotice = useStudio((state) => state.showNotice);
  const sharing = useShare((state) => state.phase === 'looking' || state.linkToCopy !== null);
  const { open: menuOpen, setOpen: setMenuOpen, menu, toggle } = useDropdown();
  const [busy, setBusy] = useState(false);
  const hydrated = useHydrated();
  const menuId = useId();
  useShareLinkInAddress();

  const exportImage = async (format: ImageFormat) => {
    setMenuOpen(false);
    toggle.current?.focus();
    setBusy(true);
    const { design } = studioStore.getState();
    try {
      download(await imageOf(format), imageFileName(exportFileName(design), format));
    } catch (error) {
      const reason = error instanceof Error ? error.message : String(error);
      showNotice({
        id: 'export-image',
        tone: 'error',
        message: `The image could not be made: ${reason}`,
      });
    } finally {
      setBusy(false);
    }
  };

  return (
    <>
      <div className="image-menu" ref={menu}>
        <button
          type="button"
          ref={toggle}
          className="button"
          aria-expanded={menuOpen}
          aria-controls={menuId}
          aria-busy={busy}
          title="Download a picture of the diagram, as PNG or SVG"
          onClick={() => setMenuOpen((isOpen) => !isOpen)}
        >
          Export image
        </button>
        <fieldset id={menuId} className="image-menu__panel" hidden={!menuOpen}>
          <legend className="visually-hidden">Format</legend>
          {FORMATS.map(({ format, label, title }) => (
            <button
              key={format}
              type="button"
              className="button"
              title={title}
              onClick={() => void exportImage(format)}
            >
              {label}
            </button>
          ))}
        </fieldset>
      </div>
      <button
        type="button"
        className="button"
        title="Copy a link that opens this design; the design travels inside the link"
        onPointerEnter={preloadSharing}
        onFocus={preloadSharing}
        onClick={() => withSharing((sharing) => sharing.copyShareLink())}
      >
        Copy share link
      </button>
      <LiveButton />
      {/* Outside the toolbar: they belong to the whole page. */}
      {hydrated &&
        createPortal(
          <>
            <PageImportLayer />
            {sharing && (
              <Suspense fallback={null}>
                <ShareDialogs />
              </Suspense>
            )}
          </>,
          document.body,
        )}
    </>
  );
}
