import { lateModule } from '../components/lateModule';

/** The dialogs an import may open, off the first paint and preloaded once the canvas is ready. */
export const importDialogs = lateModule(() => import('./importDialogs'));
