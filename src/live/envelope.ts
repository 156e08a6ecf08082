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

export interface EnvelopeOptions {
  cipher: Cipher;
  onUnreadable?: () => void;
  /** Called after each update that was opened and applied. */
  onApplied?: () => void;
}

export interface EnvelopeLink {
  /** Resolves once everything sealed so far has been handled. */
  settled(): Promise<void>;
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

  const onUpdate = (update: Uint8Array, origin: unknown) => {
    if (origin === FROM_ENVELOPE) return;
    queue(async () => {
      const sealed = await options.cipher.seal(update);
      sealedUpdates.push([sealed]);
    });
  };

  openAll(sealedUpdates.toArray());
  sealedUpdates.observe(onSealed);
  doc.on('update', onUpdate);
  return {
    settled: async () => {
      let seen: Promise<void> | undefined;
      while (seen !== pending) {
        seen = pending;
        await pending;
      }
    },
    destroy: () => {
      sealedUpdates.unobserve(onSealed);
      doc.off('update', onUpdate);
    },
  };
}
