import { describe, expect, it } from 'vitest';
import { introducedFindings } from '../lint/introduced';
import { convertSidecarMode, setContainerSidecarMode } from '../model/ops';
import { initContainersOf } from '../model/placement';
import type { Design } from '../model/types';
import { readCorpusFile } from '../testing/corpus';
import { applyOverrides } from './overrides';
import { restoreManifest } from './restore';
import { designsOf } from './workloads';

function imported(text: string, roles: Record<string, 'sidecar'> = {}): Design {
  const result = restoreManifest(text);
  if (!result.ok) throw new Error(result.error.message);
  const [design] = designsOf(result.file);
  if (!design) throw new Error('no workload');
  return applyOverrides(design, { roles });
}

const initOrder = (design: Design) => initContainersOf(design).map((c) => c.name);

describe('a sidecar turned native keeps the init containers that prepare its volumes first', () => {
  it('mysql-statefulset: xtrabackup reads data and conf that init-mysql and clone-mysql write', () => {
    const design = imported(readCorpusFile('kubernetes-website/mysql-statefulset.yaml'), {
      xtrabackup: 'sidecar',
    });
    const { design: native, notes } = convertSidecarMode(design, 'native');
    expect(initOrder(native)).toEqual(['init-mysql', 'clone-mysql', 'xtrabackup']);
    expect(notes).toEqual([
      "'xtrabackup' starts after 'clone-mysql' in initContainers, because 'clone-mysql' prepares volume 'data', 'conf' that it reads.",
    ]);
  });

  it('contour: envoy reads the config envoy-initconfig writes; the injected proxy stays first', () => {
    const design = imported(readCorpusFile('linkerd2/inject_contour.golden.yml'), {
      envoy: 'sidecar',
    });
    const before = initOrder(design);
    const { design: native } = convertSidecarMode(design, 'native');
    const after = initOrder(native);
    expect(after.indexOf('envoy')).toBeGreaterThan(after.indexOf('envoy-initconfig'));
    expect(after.filter((n) => n !== 'envoy')).toEqual(before);
  });

  it('a fluent-bit that reads a plugin downloaded by an init container, from the page switch too', () => {
    const design = imported(`
apiVersion: apps/v1
kind: Deployment
metadata: {name: web}
spec:
  selector: {matchLabels: {app: web}}
  template:
    metadata: {labels: {app: web}}
    spec:
      initContainers:
      - name: fetch-plugin
        image: curlimages/curl:8.8.0
        command: [curl, -o, /plugins/out.so, https://example.com/out.so]
        volumeMounts: [{name: plugins, mountPath: /plugins}]
      containers:
      - name: app
        image: example.com/app:1
      - name: fluent-bit
        image: fluent/fluent-bit:3.0
        volumeMounts: [{name: plugins, mountPath: /fluent-bit/plugins, readOnly: true}]
      volumes: [{name: plugins, emptyDir: {}}]
`);
    expect(initOrder(convertSidecarMode(design, 'native').design)).toEqual([
      'fetch-plugin',
      'fluent-bit',
    ]);
    expect(initOrder(setContainerSidecarMode(design, 'fluent-bit', 'native'))).toEqual([
      'fetch-plugin',
      'fluent-bit',
    ]);
  });

  it('says so when no order is safe, and lint reports what the conversion introduced', () => {
    const design: Design = {
      ...imported(`
apiVersion: v1
kind: Pod
metadata: {name: p}
spec:
  initContainers:
  - name: migrate
    image: example.com/migrate:1
  - name: certs
    image: example.com/certs:1
    volumeMounts: [{name: tls, mountPath: /tls}]
  containers:
  - name: app
    image: example.com/app:1
  - name: cloud-sql-proxy
    image: gcr.io/cloud-sql-connectors/cloud-sql-proxy:2.14.1
    volumeMounts: [{name: tls, mountPath: /tls, readOnly: true}]
  volumes: [{name: tls, emptyDir: {}}]
`),
    };
    const linked = { ...design, links: [{ from: 'migrate', to: 'cloud-sql-proxy', port: 5432 }] };
    const { design: native, notes } = convertSidecarMode(linked, 'native');
    expect(initOrder(native)).toEqual(['migrate', 'certs', 'cloud-sql-proxy']);
    expect(notes[0]).toBe(
      "No order of initContainers keeps 'cloud-sql-proxy' working: 'certs' prepares volume 'tls' that it reads, but 'migrate' talks to it on port 5432 and starts earlier. It is placed after 'certs'; 'migrate' may fail until it starts.",
    );
    const introduced = introducedFindings(linked, native).map((f) => f.rule);
    expect(introduced).toContain('order/init-before-needed-sidecar');
  });
});
