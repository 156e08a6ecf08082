import { describe, expect, it, vi } from 'vitest';
import * as Y from 'yjs';
import { starterDesign } from '../model/create';
import { updateContainerSpec } from '../model/ops';
import type { Design } from '../model/types';
import { linkEnvelope, SEALED_UPDATES } from './envelope';
import { DesignReplica } from './replica';
import { importKey, newKeyText, roomCipher, seal } from './web/crypto';

async function keyOf(text: string): Promise<CryptoKey> {
  const key = await importKey(text);
  if (key === null) throw new Error('no key');
  return key;
}

/** A copy of the session behind its envelope, as a browser has it. */
async function copy(keyText: string, room = 'room-0001') {
  let unreadable = 0;
  const replica = new DesignReplica(() => undefined);
  const envelope = new Y.Doc();
  const link = linkEnvelope(replica.doc, envelope, {
    cipher: roomCipher(await keyOf(keyText), room),
    onUnreadable: () => unreadable++,
  });
  return { replica, envelope, link, unreadable: () => unreadable };
}

/** What the relay would pass on: the envelopes, merged both ways. */
function relay(...envelopes: Y.Doc[]) {
  for (const from of envelopes) {
    for (const to of envelopes) {
      if (from !== to) {
        Y.applyUpdate(to, Y.encodeStateAsUpdate(from, Y.encodeStateVector(to)), 'relay');
      }
    }
  }
}

const text = (doc: Y.Doc) => new TextDecoder('latin1').decode(Y.encodeStateAsUpdate(doc));

describe('the envelope the relay carries', () => {
  it('carries the design between two copies and holds no plaintext', async () => {
    const key = newKeyText();
    const a = await copy(key);
    const b = await copy(key);
    a.replica.seed(starterDesign());
    await a.link.settled();
    relay(a.envelope, b.envelope);
    await b.link.settled();
    expect(b.replica.current()?.containers.map((c) => c.name)).toEqual(['app', 'log-shipper']);

    b.replica.edit(updateContainerSpec(b.replica.current() as Design, 'app', { image: 'caddy:2' }));
    await b.link.settled();
    relay(a.envelope, b.envelope);
    await a.link.settled();
    expect(a.replica.current()?.containers[0]?.raw.image).toBe('caddy:2');

    for (const envelope of [a.envelope, b.envelope]) {
      const wire = text(envelope);
      for (const secret of ['log-shipper', 'nginx', 'caddy', 'fluent', 'Deployment', 'logs']) {
        expect(wire).not.toContain(secret);
      }
    }
    expect(a.unreadable() + b.unreadable()).toBe(0);
  });

  it('shows nothing to a copy with the wrong key, and says so', async () => {
    const a = await copy(newKeyText());
    const stranger = await copy(newKeyText());
    a.replica.seed(starterDesign());
    await a.link.settled();
    relay(a.envelope, stranger.envelope);
    await stranger.link.settled();
    expect(stranger.replica.current()).toBeNull();
    expect(stranger.unreadable()).toBeGreaterThan(0);
  });

  it('drops an altered or foreign message and applies the rest', async () => {
    const key = newKeyText();
    const a = await copy(key);
    a.replica.seed(starterDesign());
    await a.link.settled();
    const b = await copy(key);
    const good = a.envelope.getArray<Uint8Array>(SEALED_UPDATES).get(0);
    const altered = good.slice();
    altered[20] = (altered[20] ?? 0) ^ 0xff;
    const sealedGarbage = await seal(await keyOf(key), 'room-0001', new Uint8Array([1, 2, 3]));
    const forged = new Y.Doc();
    forged.getArray<Uint8Array>(SEALED_UPDATES).push([altered, sealedGarbage]);
    relay(forged, b.envelope);
    relay(a.envelope, b.envelope);
    await b.link.settled();
    expect(b.unreadable()).toBe(2);
    expect(b.replica.current()?.containers.map((c) => c.name)).toEqual(['app', 'log-shipper']);
  });
});

/** A cipher for the tests of compaction: sealing marks the bytes, and can be held back. */
function markingCipher() {
  let hold: Promise<void> | null = null;
  const cipher = {
    async seal(plain: Uint8Array) {
      if (hold) await hold;
      return Uint8Array.of(1, ...plain);
    },
    async open(sealed: Uint8Array) {
      return sealed[0] === 1 ? sealed.slice(1) : null;
    },
  };
  const holdSealing = () => {
    let release = () => {};
    hold = new Promise<void>((done) => {
      release = () => {
        hold = null;
        done();
      };
    });
    return release;
  };
  return { cipher, holdSealing };
}

function plainCopy(cipher: ReturnType<typeof markingCipher>['cipher'], compactAfter = 10) {
  const replica = new DesignReplica(() => undefined);
  const envelope = new Y.Doc();
  const link = linkEnvelope(replica.doc, envelope, { cipher, compactAfter });
  return { replica, envelope, link };
}

const imageOfApp = (replica: DesignReplica) => replica.current()?.containers[0]?.raw.image;

describe('a long session', () => {
  it('keeps the envelope short, and a newcomer still gets the whole design', async () => {
    const { cipher } = markingCipher();
    const a = plainCopy(cipher);
    a.replica.seed(starterDesign());
    for (let i = 0; i < 35; i++) {
      a.replica.edit(
        updateContainerSpec(a.replica.current() as Design, 'app', { image: `app:${i}` }),
      );
      await a.link.settled();
    }
    await a.link.compact();
    const sealed = a.envelope.getArray(SEALED_UPDATES);
    expect(sealed.length).toBeLessThanOrEqual(11);

    const late = plainCopy(cipher);
    relay(a.envelope, late.envelope);
    await late.link.settled();
    expect(imageOfApp(late.replica)).toBe('app:34');
    expect(late.replica.current()?.containers.map((c) => c.name)).toEqual(['app', 'log-shipper']);
  });

  it('keeps an update that arrives while the snapshot is being sealed', async () => {
    const held = markingCipher();
    const other = markingCipher();
    const a = plainCopy(held.cipher, 1000);
    const c = plainCopy(other.cipher, 1000);
    a.replica.seed(starterDesign());
    await a.link.settled();
    relay(a.envelope, c.envelope);
    await c.link.settled();

    const release = held.holdSealing();
    const compacting = a.link.compact();
    // While a's snapshot waits to be sealed, c's edit arrives at a and is applied there.
    c.replica.edit(
      updateContainerSpec(c.replica.current() as Design, 'log-shipper', { image: 'late:1' }),
    );
    await c.link.settled();
    relay(c.envelope, a.envelope);
    await vi.waitFor(() => expect(a.replica.current()?.containers[1]?.raw.image).toBe('late:1'));
    release();
    await compacting;

    const fresh = plainCopy(other.cipher, 1000);
    relay(a.envelope, fresh.envelope);
    await fresh.link.settled();
    expect(fresh.replica.current()?.containers[1]?.raw.image).toBe('late:1');
    expect(fresh.replica.current()?.containers.map((item) => item.name)).toEqual([
      'app',
      'log-shipper',
    ]);
    // The snapshot and c's update: the seed and the rest were folded.
    expect(a.envelope.getArray(SEALED_UPDATES).length).toBe(2);
  });

  it('compacts by itself once the envelope holds more than the limit', async () => {
    const { cipher } = markingCipher();
    const a = plainCopy(cipher, 5);
    a.replica.seed(starterDesign());
    for (let i = 0; i < 20; i++) {
      a.replica.edit(
        updateContainerSpec(a.replica.current() as Design, 'app', { image: `x:${i}` }),
      );
      await a.link.settled();
    }
    await vi.waitFor(() =>
      expect(a.envelope.getArray(SEALED_UPDATES).length).toBeLessThanOrEqual(6),
    );
  });
});
