import { studioStore } from '../../store/studioStore';

/** The id of the notices about share links. */
export const SHARE_NOTICE_ID = 'share-link';

/** What a share link's fragment starts with (the codec, loaded on first use, reads the rest). */
const SHARE_FRAGMENT_START = '#design=';

type Sharing = typeof import('./sharedLink');

/** The code that opens and makes share links: loaded when a link is first met, and at idle. */
export function loadSharing(): Promise<Sharing> {
  return import('./sharedLink');
}

/** True when the page's address carries a share link. */
export function addressHasShareLink(): boolean {
  return window.location.hash.startsWith(SHARE_FRAGMENT_START);
}

/** Runs `use` with the share-link code; says so when the page cannot load it. */
export function withSharing(use: (sharing: Sharing) => unknown): void {
  loadSharing()
    .then(use)
    .catch(() =>
      studioStore.getState().showNotice({
        id: SHARE_NOTICE_ID,
        tone: 'error',
        message:
          'The page could not load the code for share links, and your design is unchanged. Reload the page and try again.',
      }),
    );
}
