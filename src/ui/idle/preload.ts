import { afterCanvas } from '../../store/afterCanvas';
import { loadManifestWriter } from '../../store/useManifest';
import { importDialogs } from '../document/lazyImportDialogs';
import { loadSharing } from '../share/loadSharing';

/**
 * What a person may reach for next, loaded once the canvas is interactive and the browser idle,
 * so that the first click on the palette, the first selection or the first dialog does not wait
 * for a download: the manifest writer, the inspector forms, the timeline, the dialogs, the
 * learning library and share links.
 */
export function preloadAfterCanvas(): void {
  void afterCanvas().then(() =>
    Promise.all([
      loadManifestWriter(),
      import('../inspector/ContainerInspector'),
      import('../inspector/VolumeInspector'),
      import('../explain/ExplainDialog'),
      import('../timeline/LifecyclePanel'),
      importDialogs.preload(),
      import('../learn/lazyLearning'),
      loadSharing(),
    ]).catch(() => {
      // Each part says so itself when it cannot load on demand.
    }),
  );
}
