import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { startBrowserPersistence } from './persist/browser/boot';
import { studioStore } from './store/studioStore';
import { App } from './ui/app/App';

const root = document.getElementById('root');
if (!root) throw new Error('The page has no #root element to render into.');
// The saved design is loaded before the first render, so the page never shows another one first.
startBrowserPersistence(studioStore);
createRoot(root).render(
  <StrictMode>
    <App />
  </StrictMode>,
);
