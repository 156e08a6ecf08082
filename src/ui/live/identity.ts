/** The name and colour a person shows in live sessions, remembered in this browser. */
export interface Identity {
  name: string;
  colour: string;
}

const KEY = 'sidecar-studio.live.identity';
export const COLOURS = ['#d9480f', '#2b8a3e', '#1971c2', '#9c36b5', '#e67700', '#0c8599'];

function randomIdentity(): Identity {
  const n = crypto.getRandomValues(new Uint32Array(1))[0] ?? 0;
  return { name: `Guest ${(n % 900) + 100}`, colour: COLOURS[n % COLOURS.length] ?? '#1971c2' };
}

export function loadIdentity(): Identity {
  try {
    const saved = JSON.parse(localStorage.getItem(KEY) ?? 'null') as Partial<Identity> | null;
    if (typeof saved?.name === 'string' && /^#[0-9a-f]{6}$/i.test(saved.colour ?? '')) {
      return { name: saved.name.slice(0, 40), colour: saved.colour as string };
    }
  } catch {
    // Unreadable or refused storage: a new identity for this visit.
  }
  const identity = randomIdentity();
  saveIdentity(identity);
  return identity;
}

export function saveIdentity(identity: Identity): void {
  try {
    localStorage.setItem(KEY, JSON.stringify(identity));
  } catch {
    // Storage refused: the identity lasts for this visit.
  }
}
