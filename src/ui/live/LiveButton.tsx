import { lazy, Suspense, useEffect, useSyncExternalStore } from 'react';
import { createPortal } from 'react-dom';
import { isLiveFragment, liveStore, loadLive } from './liveState';

const LivePanel = lazy(() => import('./LivePanel'));

const livePhase = () => liveStore.getState().phase;

function useLivePhase() {
  // The same phase on the server: the build prerenders the page before any session exists.
  return useSyncExternalStore(liveStore.subscribe, livePhase, livePhase);
}

/** Joins the session of a live link in the address, when the page opens or the link changes. */
function useLiveLinkInAddress(): void {
  useEffect(() => {
    const read = () => {
      const { hash } = window.location;
      if (isLiveFragment(hash)) void loadLive().then((live) => live.joinLive(hash));
    };
    read();
    window.addEventListener('hashchange', read);
    return () => window.removeEventListener('hashchange', read);
  }, []);
}

/**
 * "Share live" starts a live session of the design, or shows the one running, and copies its
 * link. Nothing of the live session (and no connection) loads before it is used.
 */
export function LiveButton() {
  const phase = useLivePhase();
  useLiveLinkInAddress();
  return (
    <>
      <button
        type="button"
        className="button"
        aria-pressed={phase !== 'off'}
        title="Design together: everyone who opens the link edits this design with you, end-to-end encrypted"
        onClick={() => void loadLive().then((live) => live.startLive())}
      >
        Share live
      </button>
      {phase !== 'off' &&
        createPortal(
          <Suspense fallback={null}>
            <LivePanel />
          </Suspense>,
          document.body,
        )}
    </>
  );
}
