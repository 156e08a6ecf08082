import * as Y from 'yjs';

/**
 * Joins a session's real document to the envelope document the relay synchronises. The
 * envelope holds one thing, a Y.Array of sealed (encrypted) Yjs updates of the real document;
 * the relay merges and forwards envelopes without being able to read them.
 *
 * Every update of the real document that did not come from the envelope is sealed and appended;
 * every sealed update that arrives is opened and applied with origin {@link FROM_ENVELOPE}. One
 * that cannot be opened (wrong key, altered on the way) is never applied: `onUnreadable` hears
 * of it.
 */
export const FROM_ENVELOPE = Symbol('from the envelope');

export const SEALED_UPDATES = 'sealed';

/** Encrypts and decrypts the session's messages (see web/crypto.ts); open gives null on failure. */
export interface Cipher {
  seal(plain: Uint8Array): Promise<Uint8Array>;
  open(sealed: Uint8Array): Promise<Uint8Array | null>;
}

/**
 * Past this many sealed updates, a copy folds them into one sealed snapshot of its document, so
 * that what the relay keeps and a newcomer downloads stays in proportion to the design, not to
 * the length of the session.
 */
export const COMPACT_AFTER = 200;

export interface EnvelopeOptions {
  cipher: Cipher;
  /** Overrides {@link COMPACT_AFTER}. */
  compactAfter?: number;
  onUnreadable?: () => void;
  /** Called after each update that was opened and applied. */
  onApplied?: () => void;
}

export interface EnvelopeLink {
  /** Resolves once everything sealed so far has been handled. */
  settled(): Promise<void>;
  /**
   * Replaces every sealed update this copy has applied by one sealed snapshot of its document.
   * Updates that arrive meanwhile, and any this copy has not applied yet, are kept.
   */
  compact(): Promise<void>;
  destroy(): void;
}

export function linkEnvelope(doc: Y.Doc, envelope: Y.Doc, options: EnvelopeOptions): EnvelopeLink {
  const sealedUpdates = envelope.getArray<Uint8Array>(SEALED_UPDATES);
  let pending: Promise<void> = Promise.resolve();
  // Opened and sealed in the order they happen; Yjs would cope with any order, people less so.
  const queue = (work: () => Promise<void>) => {
    pending = pending.then(work, work);
  };

  const openAll = (items: readonly Uint8Array[]) => {
    for (const item of items) {
      queue(async () => {
        const update = await options.cipher.open(item);
        if (update === null) {
          options.onUnreadable?.();
          return;
        }
        try {
          Y.applyUpdate(doc, update, FROM_ENVELOPE);
        } catch {
          options.onUnreadable?.();
          return;
        }
        options.onApplied?.();
      });
    }
  };

  const onSealed = (event: Y.YArrayEvent<Uint8Array>) => {
    if (event.transaction.local) return;
    const added: Uint8Array[] = [];
    for (const change of event.changes.delta) {
      if (Array.isArray(change.insert)) added.push(...(change.insert as Uint8Array[]));
    }
    openAll(added);
  };

  const settled = async () => {
    let seen: Promise<void> | undefined;
    while (seen !== pending) {
      seen = pending;
      await pending;
    }
  };

  let compacting = false;
  const compact = async () => {
    if (compacting) return;
    compacting = true;
    try {
      await settled();
      // Everything in the array now has been opened and applied (or found unreadable), so the
      // document holds it all; what arrives from here on is not in `folded` and stays.
      const folded = new Set(sealedUpdates.toArray());
      const snapshot = await options.cipher.seal(Y.encodeStateAsUpdate(doc));
      envelope.transact(() => {
        const items = sealedUpdates.toArray();
        for (let i = items.length - 1; i >= 0; i--) {
          if (folded.has(items[i] as Uint8Array)) sealedUpdates.delete(i, 1);
        }
        sealedUpdates.insert(0, [snapshot]);
      });
    } finally {
      compacting = false;
    }
  };
  const limit = options.compactAfter ?? COMPACT_AFTER;
  const compactWhenLong = () => {
    if (sealedUpdates.length > limit) void compact();
  };

  const onUpdate = (update: Uint8Array, origin: unknown) => {
    if (origin === FROM_ENVELOPE) return;
    queue(async () => {
      const sealed = await options.cipher.seal(update);
      sealedUpdates.push([sealed]);
      compactWhenLong();
    });
  };

  openAll(sealedUpdates.toArray());
  sealedUpdates.observe(onSealed);
  doc.on('update', onUpdate);
  return {
    settled,
    compact,
    destroy: () => {
      sealedUpdates.unobserve(onSealed);
      doc.off('update', onUpdate);
    },
  };
}
