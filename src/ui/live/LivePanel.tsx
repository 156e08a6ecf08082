import { useId, useState, useSyncExternalStore } from 'react';
import { loadIdentity } from './identity';
import { copyLiveLink, leaveLive, setIdentity } from './liveSession';
import { type LivePhase, liveStore } from './liveState';
import { PresenceLayer } from './PresenceLayer';
import './live.css';

const STATUS: Record<LivePhase, string> = {
  off: 'Not in a live session',
  connecting: 'Connecting…',
  connected: 'Connected',
  offline: 'Offline: your edits are kept and merge when the connection returns',
  refused: 'Could not open this session',
};

function useLive() {
  return useSyncExternalStore(liveStore.subscribe, liveStore.getState, liveStore.getState);
}

/** The live session: its status and link, who is here, one's own name and colour, and leaving. */
export default function LivePanel() {
  const live = useLive();
  const [identity, setLocalIdentity] = useState(loadIdentity);
  const nameId = useId();
  const colourId = useId();
  const change = (next: typeof identity) => {
    setLocalIdentity(next);
    setIdentity(next);
  };
  if (!live.panelOpen) return live.error === null ? <PresenceLayer people={live.people} /> : null;
  return (
    <section className="live-panel" aria-label="Live session">
      <header className="live-panel__head">
        <h2>Live session</h2>
        <button
          type="button"
          className="button"
          title="Hide this panel; the session goes on"
          onClick={() => liveStore.setState({ panelOpen: false })}
        >
          Hide
        </button>
      </header>
      <p role="status" className={`live-panel__status live-panel__status--${live.phase}`}>
        {STATUS[live.phase]}
        {live.phase !== 'refused' && !live.joined && ' · waiting for the design…'}
      </p>
      {live.error !== null && (
        <p role="alert" className="live-panel__error">
          {live.error}
        </p>
      )}
      {live.error === null && live.link !== null && (
        <>
          <label className="live-panel__field">
            <span>Live link</span>
            <input readOnly value={live.link} onFocus={(event) => event.currentTarget.select()} />
          </label>
          <button type="button" className="button" onClick={() => void copyLiveLink()}>
            Copy live link
          </button>
          <p className="live-panel__hint">
            Edits travel end-to-end encrypted: the key is in the link, the server never sees it.
          </p>
        </>
      )}
      <div className="live-panel__me">
        <label htmlFor={nameId}>Your name</label>
        <input
          id={nameId}
          value={identity.name}
          maxLength={40}
          onChange={(event) => change({ ...identity, name: event.target.value })}
        />
        <label htmlFor={colourId}>Your colour</label>
        <input
          id={colourId}
          type="color"
          value={identity.colour}
          onChange={(event) => change({ ...identity, colour: event.target.value })}
        />
      </div>
      <h3 id={`${nameId}-people`}>People here</h3>
      <ul className="live-panel__people" aria-labelledby={`${nameId}-people`}>
        {live.people.map((person) => (
          <li key={person.clientId}>
            <span className="live-panel__swatch" style={{ background: person.colour }} />
            {person.name}
            {person.self && ' (you)'}
          </li>
        ))}
      </ul>
      <button type="button" className="button" onClick={leaveLive}>
        Leave session
      </button>
      {live.error === null && <PresenceLayer people={live.people} />}
    </section>
  );
}
