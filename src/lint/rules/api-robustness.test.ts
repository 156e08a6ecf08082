import { describe, expect, it } from 'vitest';
import type { Design } from '../../model/types';
import { container, design, volume } from '../../testing/build';
import { lintDesign } from '../engine';
import { apiRules } from './api';

const API_IDS = new Set(apiRules.map((rule) => rule.id));
const apiFindings = (d: Design) => lintDesign(d).filter((f) => API_IDS.has(f.rule));

describe('API rules on designs as the model stores them', () => {
  it('ignore the null placeholders of model-owned keys', () => {
    const app = container('app', { mounts: [{ volume: 'data', mountPath: '/data' }] });
    app.raw = { name: null, image: 'nginx:1.27', volumeMounts: null };
    const proxy = container('proxy', { role: 'sidecar' });
    proxy.raw = { name: null, image: 'envoyproxy/envoy:v1.31.0', restartPolicy: null };
    const data = { ...volume('data'), raw: { name: null, emptyDir: {} } };
    const d = design({
      containers: [app, proxy],
      volumes: [data],
      podSpec: { containers: null, initContainers: null, volumes: null },
    });
    expect(apiFindings(d)).toEqual([]);
  });

  it('report malformed values instead of failing on them', () => {
    const odd = container('odd', {
      spec: {
        ports: 'http',
        livenessProbe: 'tcp',
        lifecycle: { preStop: 'stop' },
        resources: { requests: 'lots' },
        resizePolicy: 'auto',
      },
    });
    const broken = { ...volume('cfg', 'configMap'), raw: { configMap: 'cfg' } };
    const d = design({
      containers: [odd],
      volumes: [broken],
      podSpec: { ephemeralContainers: [null] },
    });
    const fields = apiFindings(d).map((f) => `${f.rule} ${f.field}`);
    expect(fields).toContain('api/probe-hook-shape livenessProbe');
    expect(fields).toContain('api/probe-hook-shape lifecycle.preStop');
    expect(fields).toContain('api/volume-spec configMap.name');
    expect(fields).toContain('api/container-name ephemeralContainers[0].name');
  });
});
