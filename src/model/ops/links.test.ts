import { describe, expect, it } from 'vitest';
import { container, design } from '../../testing/build';
import { deepFreeze } from './freeze';
import { addPortLink, removePortLink } from './links';

function sample() {
  return deepFreeze(
    design({
      containers: [container('app'), container('proxy', { role: 'sidecar' })],
      links: [{ from: 'app', to: 'proxy', port: 15001 }],
    }),
  );
}

describe('addPortLink', () => {
  it('adds a link between two containers', () => {
    const d = addPortLink(sample(), 'proxy', 'app', 8080);
    expect(d.links).toEqual([
      { from: 'app', to: 'proxy', port: 15001 },
      { from: 'proxy', to: 'app', port: 8080 },
    ]);
  });

  it('refuses self links, unknown containers, bad ports and duplicates', () => {
    const d = sample();
    expect(() => addPortLink(d, 'app', 'app', 80)).toThrow('A container cannot link to itself.');
    expect(() => addPortLink(d, 'app', 'db', 80)).toThrow('There is no container named "db".');
    for (const port of [0, 65536, 80.5, Number.NaN]) {
      expect(() => addPortLink(d, 'app', 'proxy', port)).toThrow(
        'A port must be a whole number from 1 to 65535.',
      );
    }
    expect(() => addPortLink(d, 'app', 'proxy', 15001)).toThrow(
      '"app" already talks to "proxy" on port 15001.',
    );
  });
});

describe('removePortLink', () => {
  it('removes a link', () => {
    expect(removePortLink(sample(), 'app', 'proxy', 15001).links).toEqual([]);
  });

  it('refuses a link that does not exist', () => {
    expect(() => removePortLink(sample(), 'proxy', 'app', 15001)).toThrow(
      'There is no link from "proxy" to "app" on port 15001.',
    );
  });
});
