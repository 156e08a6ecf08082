// Registers the offline service worker in production builds (the development server has none).
// Imported once by main.tsx for this effect.

function register(): void {
  const base = import.meta.env.BASE_URL;
  navigator.serviceWorker.register(`${base}sw.js`, { scope: base }).catch((error: unknown) => {
    console.warn('Sidecar Studio will not work offline: its service worker did not start.', error);
  });
}

if (import.meta.env.PROD && 'serviceWorker' in navigator) {
  // After the page has loaded, so that installing the offline copy never slows the first paint.
  if (document.readyState === 'complete') register();
  else window.addEventListener('load', register, { once: true });
}
