import { discardDraft, restoreDraft, useDraft } from './draft';

/**
 * Says that text typed in the editor was kept when a change made elsewhere rewrote the manifest,
 * with the choice to put it back or let it go.
 */
export function KeptDraft() {
  const kept = useDraft((state) => state.kept);
  if (kept === null) return null;
  return (
    <section className="manifest-draft" aria-label="Kept draft">
      <p>
        The manifest changed while your typed text was not yet on the diagram. Your text was kept.
      </p>
      <button type="button" className="button" onClick={restoreDraft}>
        Restore my text
      </button>
      <button type="button" className="button" onClick={discardDraft}>
        Discard it
      </button>
    </section>
  );
}
