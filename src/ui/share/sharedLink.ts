import type { Design } from '../../model/types';
import { documentStore } from '../../store/document';
import { studioStore } from '../../store/studioStore';
import { addressHasShareLink, SHARE_NOTICE_ID } from './loadSharing';
import { phaseAfter, shareStore } from './shareState';

/** The share-link codec, loaded when a link is first read or made. */
function loadCodec() {
  return import('../../persist/shareLink');
}

/** Starts loading the codec ahead of a click, so that the click's clipboard access stays in time. */
export function preloadCodec(): void {
  void loadCodec().catch(() => undefined);
}

let watching = false;

/** Follows the design: editing a shared design makes it the person's, undo goes back. */
function watchDesign(): void {
  if (watching) return;
  watching = true;
  studioStore.subscribe((state, previous) => {
    if (state.design === previous.design) return;
    const share = shareStore.getState();
    const phase = phaseAfter(share.phase, state.design, share.shared, share.own);
    if (phase === share.phase) return;
    if (phase === 'none') shareStore.setState({ phase, shared: null, own: null, notes: [] });
    else shareStore.setState({ phase });
  });
}

/** Shows `design` from a link beside the person's own design, which stays saved as it is. */
export function showSharedDesign(design: Design, notes: readonly string[]): void {
  watchDesign();
  const studio = studioStore.getState();
  const current = shareStore.getState();
  // A second link while looking at a first one keeps the person's own design to go back to.
  const own = current.phase === 'looking' && current.own !== null ? current.own : studio.design;
  // Looking first, so that nothing is saved when the design changes.
  shareStore.setState({ phase: 'looking', shared: design, own, notes });
  studio.dismissNotice(SHARE_NOTICE_ID);
  if (current.phase === 'looking' && current.shared === studio.design) studio.undo();
  documentStore.getState().openDesign(design, null, 'Open a shared design');
}

/** Opens the share link in `text` (a fragment or a whole link); a broken link changes nothing. */
export async function openShareLink(text: string): Promise<void> {
  const { showNotice } = studioStore.getState();
  let result: Awaited<ReturnType<typeof decode>>;
  try {
    result = await decode(text);
  } catch {
    showNotice({
      id: SHARE_NOTICE_ID,
      tone: 'error',
      message:
        'The share link could not be opened: the page could not load the code that reads it. Your own design is unchanged. Reload the page and try again.',
    });
    return;
  }
  if (!result.ok) {
    showNotice({
      id: SHARE_NOTICE_ID,
      tone: 'error',
      message: `The share link could not be opened, and your own design is unchanged. ${result.reason}`,
    });
    return;
  }
  showSharedDesign(result.design, result.notes);
}

async function decode(text: string) {
  const { decodeShareLink } = await loadCodec();
  return decodeShareLink(text);
}

/**
 * Reads a share link from the address bar, if there is one, and takes it out of the address bar
 * so that a reload or a bookmark opens the person's own design.
 */
export function readShareLinkFromAddress(): void {
  if (!addressHasShareLink()) return;
  const { hash, pathname, search } = window.location;
  window.history.replaceState(window.history.state, '', `${pathname}${search}`);
  void openShareLink(hash);
}

/** Makes the shared design the person's own, as one undo step after their earlier design. */
export function keepSharedDesign(): void {
  const { phase, shared, own } = shareStore.getState();
  if (phase !== 'looking' || shared === null) return;
  shareStore.setState({ phase: 'kept' });
  const studio = studioStore.getState();
  // The step that opened the shared design is taken back and made again, now to be saved.
  if (studio.design === shared) studio.undo();
  if (studioStore.getState().design === own) {
    documentStore.getState().openDesign(shared, null, 'Keep the shared design');
  } else if (studioStore.getState().design !== shared) {
    studioStore.getState().redo();
  }
}

/** Goes back to the person's own design; redo shows the shared one again. */
export function backToOwnDesign(): void {
  const { phase, shared, own } = shareStore.getState();
  if (phase !== 'looking' || own === null) return;
  const studio = studioStore.getState();
  if (studio.design === shared) studio.undo();
  if (studioStore.getState().design !== own) {
    documentStore.getState().openDesign(own, null, 'Back to my design');
  }
}

/** The link to the current design: this page's address with the design in its fragment. */
async function currentLink(): Promise<string | { problem: string }> {
  const { encodeShareLink, MAX_SHARE_LENGTH } = await loadCodec();
  const fragment = encodeShareLink(studioStore.getState().design);
  if (fragment.length > MAX_SHARE_LENGTH) {
    return {
      problem: `This design is too large for a share link (${Math.ceil(fragment.length / 1024)} KB; links open up to ${MAX_SHARE_LENGTH / (1024 * 1024)} MB). Export YAML to share it as a file.`,
    };
  }
  return `${window.location.origin}${window.location.pathname}${fragment}`;
}

/**
 * Copies a link to the current design to the clipboard and says so. When the browser refuses the
 * clipboard, the link is shown to copy by hand.
 */
export async function copyShareLink(): Promise<void> {
  const { showNotice } = studioStore.getState();
  let link: string | { problem: string };
  try {
    link = await currentLink();
  } catch {
    link = {
      problem:
        'The page could not load the code that makes share links. Reload the page and try again.',
    };
  }
  if (typeof link !== 'string') {
    showNotice({
      id: SHARE_NOTICE_ID,
      tone: 'error',
      message: `No share link was made. ${link.problem}`,
    });
    return;
  }
  try {
    if (navigator.clipboard === undefined) throw new Error('no clipboard');
    await navigator.clipboard.writeText(link);
  } catch {
    shareStore.setState({ linkToCopy: link });
    return;
  }
  const fileNote =
    documentStore.getState().open === null
      ? ''
      : ' It holds the designed workload only, not the other documents of the imported file.';
  showNotice({
    id: SHARE_NOTICE_ID,
    tone: 'info',
    message: `Share link copied to the clipboard. Whoever opens it sees this design; the design travels inside the link and is never sent to a server.${fileNote}`,
  });
}
