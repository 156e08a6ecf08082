import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { startBrowserPersistence } from './persist/browser/boot';
import { documentStore, fileSlotOf } from './store/document';
import { studioStore } from './store/studioStore';
import './sw/registerServiceWorker';
import { App } from './ui/app/App';
import { isInExercise } from './ui/learn/learningState';
import { isLookingAtSharedDesign } from './ui/share/shareState';

const root = document.getElementById('root');
if (!root) throw new Error('The page has no #root element to render into.');
// The saved design is loaded before the first render, so the page never shows another one first.
// While a shared design is only being looked at, the person's own saved design stays as it is.
// An exercise's broken design is never saved as the person's own: a reload brings their own back.
startBrowserPersistence(
  studioStore,
  () => isLookingAtSharedDesign() || isInExercise(),
  fileSlotOf(documentStore),
);
createRoot(root).render(
  <StrictMode>
    <App />
  </StrictMode>,
);
