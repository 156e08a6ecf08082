// The canvas's styles come first: the prerendered diagram is drawn with them, and the page's own
// styles override React Flow's.
import '@xyflow/react/dist/style.css';
import './ui/canvas/canvas.css';
import { StrictMode } from 'react';
import { createRoot, hydrateRoot } from 'react-dom/client';
import { SAVED_DESIGN_CLASS } from './build/pageMarks';
import { startBrowserPersistence } from './persist/browser/boot';
import { documentStore, fileSlotOf } from './store/document';
import { studioStore } from './store/studioStore';
import { seedManifest } from './store/useManifest';
import './sw/registerServiceWorker';
import { App } from './ui/app/App';
import { takeEarlyActions } from './ui/app/earlyActions';
import { runEffectsAfterRender } from './ui/app/effectTiming';
import { OPEN_EXAMPLE, openExample } from './ui/app/FirstRun';
import { takeOverPrerenderedPage } from './ui/idle/hydration';
import { preloadAfterCanvas } from './ui/idle/preload';
import { isInExercise } from './ui/learn/learningState';
import { isInJoinedLiveSession } from './ui/live/liveState';
import { isLookingAtSharedDesign } from './ui/share/shareState';

runEffectsAfterRender();
const root = document.getElementById('root');
if (!root) throw new Error('The page has no #root element to render into.');
// The built page arrives with the workspace of a new design already drawn (see src/build), kept
// hidden when its first script saw a saved or shared design that will take its place.
const prerendered =
  root.hasAttribute('data-prerendered') &&
  !document.documentElement.classList.contains(SAVED_DESIGN_CLASS);
const fresh = studioStore.getState();
// The saved design is loaded before the first render, so the page never shows another one first.
// While a shared design is only being looked at, the person's own saved design stays as it is.
// An exercise's broken design is never saved as the person's own: a reload brings their own back.
// Nor is the design of another person's live session, while the person is in it.
startBrowserPersistence(
  studioStore,
  () => isLookingAtSharedDesign() || isInExercise() || isInJoinedLiveSession(),
  fileSlotOf(documentStore),
);
// A click on the example made before this script ran opens it now: the page then renders afresh.
takeEarlyActions({ [OPEN_EXAMPLE]: openExample });
const opened = studioStore.getState();
const app = (
  <StrictMode>
    <App />
  </StrictMode>
);

if (prerendered && opened.design === fresh.design && opened.notice === fresh.notice) {
  // Nothing was saved: the page takes over the prerendered workspace as it stands.
  const text = root.querySelector('.manifest-text')?.textContent;
  if (text) seedManifest(opened.design, text);
  takeOverPrerenderedPage(() => hydrateRoot(root, app));
} else {
  // A saved or shared design replaces the prerendered one (kept hidden) in one commit.
  root.replaceChildren();
  createRoot(root).render(app);
}
preloadAfterCanvas();
