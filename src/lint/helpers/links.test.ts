import { describe, expect, it } from 'vitest';
import { container, design } from '../../testing/build';
import { effectiveLinks } from './links';

const pairs = (d: ReturnType<typeof design>) =>
  effectiveLinks(d).map(
    (l) => `${l.from.name}->${l.to.name}${l.implicit ? ' (implicit)' : `:${l.port}`}`,
  );

describe('effective links (§8.0)', () => {
  it('adds implicit links to a native proxy from every container that starts after it', () => {
    const d = design({
      containers: [
        container('app'),
        container('setup', { role: 'init' }),
        container('mesh', { role: 'sidecar', purpose: 'proxy' }),
        container('migrate', { role: 'init' }),
      ],
    });
    expect(pairs(d)).toEqual(['app->mesh (implicit)', 'migrate->mesh (implicit)']);
  });

  it('links every other entry of containers to a legacy proxy', () => {
    const d = design({
      sidecarMode: 'legacy',
      containers: [
        container('app'),
        container('mesh', { role: 'sidecar', purpose: 'proxy' }),
        container('worker'),
        container('setup', { role: 'init' }),
      ],
    });
    expect(pairs(d)).toEqual(['app->mesh (implicit)', 'worker->mesh (implicit)']);
  });

  it('keeps an explicit link instead of a duplicate implicit one, and drops dangling ends', () => {
    const d = design({
      containers: [container('app'), container('mesh', { role: 'sidecar', purpose: 'proxy' })],
      links: [
        { from: 'app', to: 'mesh', port: 15001 },
        { from: 'app', to: 'gone', port: 1 },
      ],
    });
    expect(pairs(d)).toEqual(['app->mesh:15001']);
  });
});
