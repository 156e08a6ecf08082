import type { WebsocketProvider } from 'y-websocket';
import type { Cipher } from '../../live/envelope';
import { fromBase64Url, toBase64Url } from '../../live/web/bytes';
import type { Identity } from './identity';
import { liveStore, type Person } from './liveState';

/** What one person shares about themselves, sealed like every edit. */
interface Presence extends Identity {
  selection: string | null;
  pointer: { x: number; y: number } | null;
}

const encoder = new TextEncoder();
const decoder = new TextDecoder();

function readPresence(bytes: Uint8Array): Presence | null {
  try {
    const value = JSON.parse(decoder.decode(bytes)) as Presence;
    if (typeof value.name !== 'string' || typeof value.colour !== 'string') return null;
    if (!/^#[0-9a-f]{6}$/i.test(value.colour)) return null;
    return {
      name: value.name.slice(0, 40),
      colour: value.colour,
      selection: typeof value.selection === 'string' ? value.selection : null,
      pointer:
        value.pointer && Number.isFinite(value.pointer.x) && Number.isFinite(value.pointer.y)
          ? { x: value.pointer.x, y: value.pointer.y }
          : null,
    };
  } catch {
    return null;
  }
}

/**
 * Shares this person's name, colour, selection and pointer through the provider's awareness, each
 * state sealed, and keeps the list of who is here. `update` publishes a change.
 */
export function sharePresence(provider: WebsocketProvider, cipher: Cipher, initial: Presence) {
  const awareness = provider.awareness;
  let mine = initial;
  let publishing: Promise<void> = Promise.resolve();
  const publish = () => {
    const snapshot = mine;
    publishing = publishing.then(async () => {
      const sealed = await cipher.seal(encoder.encode(JSON.stringify(snapshot)));
      awareness.setLocalState({ sealed: toBase64Url(sealed) });
    });
  };

  let reading = 0;
  const readAll = async () => {
    const turn = ++reading;
    const people: Person[] = [];
    for (const [clientId, state] of awareness.getStates()) {
      const sealed = typeof state.sealed === 'string' ? fromBase64Url(state.sealed) : null;
      const plain = sealed === null ? null : await cipher.open(sealed);
      const presence = plain === null ? null : readPresence(plain);
      if (presence === null) continue;
      people.push({ clientId, ...presence, self: clientId === awareness.clientID });
    }
    if (turn !== reading) return;
    people.sort((a, b) => Number(b.self) - Number(a.self) || a.name.localeCompare(b.name));
    liveStore.setState({ people });
  };
  const onChange = () => void readAll();
  awareness.on('change', onChange);
  publish();

  return {
    update(change: Partial<Presence>) {
      mine = { ...mine, ...change };
      publish();
    },
    destroy() {
      awareness.off('change', onChange);
      awareness.setLocalState(null);
    },
  };
}
