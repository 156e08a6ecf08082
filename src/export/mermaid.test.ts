import { describe, expect, it } from 'vitest';
import { container, design, volume } from '../testing/build';
import { mermaidFlowchart, mermaidText } from './mermaid';

describe('the Mermaid export of a pod', () => {
  const pod = design({
    name: 'web',
    kind: 'Deployment',
    sidecarMode: 'native',
    containers: [
      container('app', { mounts: [{ volume: 'data', mountPath: '/data' }] }),
      container('proxy', { role: 'sidecar' }),
      container('migrate', {
        role: 'init',
        mounts: [{ volume: 'data', mountPath: '/seed', readOnly: true }],
      }),
    ],
    volumes: [volume('data')],
    links: [{ from: 'app', to: 'proxy', port: 15001 }],
  });

  it('draws the pod as a flowchart with every container and volume inside it', () => {
    const text = mermaidFlowchart(pod);
    expect(text.startsWith('flowchart LR\n  subgraph pod["Deployment web"]')).toBe(true);
    expect(text).toContain('c0["app<br/><small>main</small>"]:::main');
    expect(text).toContain('c1["proxy<br/><small>sidecar · native #35;1</small>"]:::native');
    expect(text).toContain('c2["migrate<br/><small>init #35;2</small>"]:::init');
    expect(text).toContain('v0[("data<br/><small>emptyDir</small>")]:::volume');
  });

  it('draws mounts, read-only mounts, port links and the start order differently', () => {
    const text = mermaidFlowchart(pod);
    expect(text).toContain('c0 -->|"/data"| v0');
    expect(text).toContain('c2 -.->|"/seed (read-only)"| v0');
    expect(text).toContain('c0 ==>|"localhost:15001"| c1');
    expect(text).toContain('c1 -. then .-> c2');
    expect(text).toContain('c2 -. then .-> c0');
  });

  it('escapes what would end a label', () => {
    expect(mermaidText('a "b" <c> #d\ne')).toBe('a #quot;b#quot; #lt;c#gt; #35;d e');
  });
});
