import { IndexeddbPersistence } from 'y-indexeddb';
import { WebsocketProvider } from 'y-websocket';
import * as Y from 'yjs';
import { linkEnvelope } from '../../live/envelope';
import { DesignReplica } from '../../live/replica';
import { importKey, newKeyText, roomCipher } from '../../live/web/crypto';
import { type LiveLink, liveFragment, newLiveLink, readLiveFragment } from '../../live/web/link';
import type { Design } from '../../model/types';
import { documentStore } from '../../store/document';
import { selectionWithin } from '../../store/selection';
import { driveUndo, studioStore } from '../../store/studioStore';
import { type Identity, loadIdentity, saveIdentity } from './identity';
import { LIVE_OFF, type LiveState, liveStore } from './liveState';
import { sharePresence } from './presence';

const NOTICE_ID = 'live-session';

interface Session {
  room: string;
  leave: () => void;
  presence: ReturnType<typeof sharePresence>;
}

let session: Session | null = null;

function linkText(link: LiveLink): string {
  const { origin, pathname } = window.location;
  return `${origin}${pathname}${liveFragment(link)}`;
}

function notice(message: string, tone: 'info' | 'error' = 'info') {
  studioStore.getState().showNotice({ id: NOTICE_ID, tone, message });
}

function selectionKey(): string | null {
  const selection = studioStore.getState().selection;
  return selection === null ? null : `${selection.kind}:${selection.name}`;
}

/** Copies the live link; when the browser refuses, the panel shows it to copy by hand. */
export async function copyLiveLink(): Promise<void> {
  const { link } = liveStore.getState();
  liveStore.setState({ panelOpen: true });
  if (link === null) return;
  try {
    await navigator.clipboard.writeText(link);
    notice('Live link copied. Whoever opens it joins this session.');
  } catch {
    notice('Copy the live link from the Live session panel.');
  }
}

/** Whether what the person had open before joining holds anything to go back to. */
function hasWork(own: NonNullable<LiveState['own']>): boolean {
  const { design, open } = own;
  return open !== null || design.containers.length > 0 || design.volumes.length > 0;
}

/** Joins (or starts, with `seed`) the session of `link`. */
async function connect(link: LiveLink, seed: Design | null): Promise<void> {
  session?.leave();
  // Kept before anything of the session arrives, so that it is never saved over the person's own.
  const own =
    seed === null
      ? { design: studioStore.getState().design, open: documentStore.getState().open }
      : null;
  liveStore.setState({
    ...LIVE_OFF,
    phase: 'connecting',
    link: linkText(link),
    panelOpen: true,
    own,
  });
  const key = await importKey(link.key);
  if (key === null) {
    liveStore.setState({
      phase: 'refused',
      error: 'This live link is damaged: its key is not whole.',
    });
    return;
  }
  const cipher = roomCipher(key, link.room);
  let applying = false;
  let joined = seed !== null;

  const flags = () =>
    studioStore.setState({ canUndo: replica.canUndo(), canRedo: replica.canRedo() });
  const replica = new DesignReplica((design, open) => {
    applying = true;
    const store = studioStore.getState();
    if (!joined) {
      joined = true;
      store.loadDesign(design);
      liveStore.setState({ joined: true, error: null });
      if (liveStore.getState().phase === 'refused') liveStore.setState({ phase: 'connected' });
    } else {
      studioStore.setState({ design, selection: selectionWithin(design, store.selection) });
    }
    // The session's file goes with its design: the same workloads, documents and export.
    documentStore.getState().openDesign(design, open, 'Live session');
    applying = false;
    flags();
  });
  // This browser keeps its copy of the session, so that edits made offline survive a reload and
  // merge when the connection comes back. It is dropped when the person leaves the session.
  const local = new IndexeddbPersistence(`sidecar-studio-live-${link.room}`, replica.doc);
  const envelope = new Y.Doc();
  const sealed = linkEnvelope(replica.doc, envelope, {
    cipher,
    onUnreadable: () => {
      const dropped = liveStore.getState().dropped + 1;
      if (!joined) {
        liveStore.setState({
          dropped,
          phase: 'refused',
          error: 'This live link’s key does not open the session. Nothing of its design is shown.',
        });
      } else {
        liveStore.setState({ dropped });
        notice(
          'A change that could not be read (altered, or sealed with another key) was ignored.',
        );
      }
    },
  });
  if (seed !== null) {
    replica.seed(seed, documentStore.getState().open);
    liveStore.setState({ joined: true });
  }

  const unsubscribe = studioStore.subscribe((state, previous) => {
    if (state.selection !== previous.selection)
      session?.presence.update({ selection: selectionKey() });
    if (applying || !joined || state.design === previous.design) return;
    const newStep = state.history.past.at(-1) !== previous.history.past.at(-1);
    replica.edit(state.design, newStep, documentStore.getState().open);
    flags();
  });
  driveUndo({ undo: () => replica.undo(), redo: () => replica.redo() });
  flags();

  const protocol = window.location.protocol === 'https:' ? 'wss:' : 'ws:';
  const provider = new WebsocketProvider(
    `${protocol}//${window.location.host}/live`,
    link.room,
    envelope,
    {
      disableBc: true,
      maxBackoffTime: 1000,
    },
  );
  provider.on('status', ({ status }: { status: string }) => {
    if (liveStore.getState().phase === 'refused') return;
    const phase =
      status === 'connected' ? 'connected' : navigator.onLine ? 'connecting' : 'offline';
    liveStore.setState({ phase });
  });
  const goOffline = () => {
    provider.disconnect();
    if (liveStore.getState().phase !== 'refused') liveStore.setState({ phase: 'offline' });
  };
  const goOnline = () => provider.connect();
  window.addEventListener('offline', goOffline);
  window.addEventListener('online', goOnline);

  const identity = loadIdentity();
  const presence = sharePresence(provider, cipher, { ...identity, selection: null, pointer: null });

  session = {
    room: link.room,
    presence,
    leave: () => {
      window.removeEventListener('offline', goOffline);
      window.removeEventListener('online', goOnline);
      presence.destroy();
      provider.destroy();
      sealed.destroy();
      void local.clearData();
      unsubscribe();
      driveUndo(null);
      replica.destroy();
      // The design stays; its history starts afresh, without others' edits to take back.
      const store = studioStore.getState();
      if (joined) store.loadDesign(store.design);
      if (joined && own !== null && hasWork(own)) {
        // Whoever joined goes back to their own design; Undo brings the session's one here. A
        // person who had nothing of their own keeps the session's design instead.
        documentStore.getState().openDesign(own.design, own.open, 'Leave the live session');
        store.showNotice({
          id: 'live-left',
          tone: 'info',
          message:
            'You left the live session and are back to your own design. Undo brings the session’s design here.',
        });
      } else if (!joined)
        studioStore.setState({
          canUndo: store.history.past.length > 0,
          canRedo: store.history.future.length > 0,
        });
      session = null;
    },
  };
}

/** Starts a live session of the design on the page and copies its link. */
export async function startLive(): Promise<void> {
  // A session that shows is shown; one that could not be opened (a wrong key) makes way.
  if (session !== null && liveStore.getState().phase !== 'refused') return copyLiveLink();
  const link = newLiveLink(newKeyText());
  window.history.replaceState(window.history.state, '', liveFragment(link));
  await connect(link, studioStore.getState().design);
  await copyLiveLink();
}

/** Joins the session a live link's fragment names. */
export async function joinLive(hash: string): Promise<void> {
  const link = readLiveFragment(hash);
  if (link === null) {
    liveStore.setState({
      ...LIVE_OFF,
      phase: 'refused',
      panelOpen: true,
      error: 'This live link is damaged: it needs a room and a 256-bit key after “#live=”.',
    });
    return;
  }
  if (session?.room === link.room) return;
  await connect(link, null);
}

/**
 * Leaves the session. Whoever joined it with work of their own goes back to that work; otherwise
 * the design stays on the page as it is.
 */
export function leaveLive(): void {
  session?.leave();
  liveStore.setState(LIVE_OFF);
  const { pathname, search } = window.location;
  window.history.replaceState(window.history.state, '', `${pathname}${search}`);
}

/** Changes the name or colour others see, and remembers it. */
export function setIdentity(identity: Identity): void {
  saveIdentity(identity);
  session?.presence.update(identity);
}

/** Shares this person's pointer on the canvas (diagram coordinates), or that it left. */
export function sharePointer(pointer: { x: number; y: number } | null): void {
  session?.presence.update({ pointer });
}
