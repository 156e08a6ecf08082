import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { startBrowserPersistence } from './persist/browser/boot';
import { studioStore } from './store/studioStore';
import './sw/registerServiceWorker';
import { App } from './ui/app/App';
import { isLookingAtSharedDesign } from './ui/share/shareState';

const root = document.getElementById('root');
if (!root) throw new Error('The page has no #root element to render into.');
// The saved design is loaded before the first render, so the page never shows another one first.
// While a shared design is only being looked at, the person's own saved design stays as it is.
startBrowserPersistence(studioStore, isLookingAtSharedDesign);
createRoot(root).render(
  <StrictMode>
    <App />
  </StrictMode>,
);
