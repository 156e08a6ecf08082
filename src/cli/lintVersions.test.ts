import { describe, expect, it } from 'vitest';
import { runCli } from './run';

/**
 * Catalogue-style cases (sidecar-rules.md §9.0 conventions: `# @target`, the rules that must
 * fire and only those, R39 left out) for what changes with the target version: native sidecars
 * on clusters that drop them, removed API versions, and the behaviours of 1.36 and 1.37.
 */
interface Case {
  id: string;
  title: string;
  yaml: string;
  expected: string[];
}

const jobWithNativeShipper = (target: string) => `# @target ${target}
# @purpose logshipper=log-shipper
apiVersion: batch/v1
kind: Job
metadata: {name: nightly}
spec:
  template:
    spec:
      restartPolicy: Never
      initContainers:
      - name: fetch
        image: busybox:1.36
        command: [sh, -c, 'echo fetched']
      - name: logshipper
        image: fluent/fluent-bit:3.0
        restartPolicy: Always
        volumeMounts: [{name: logs, mountPath: /logs, readOnly: true}]
      containers:
      - name: report
        image: example.com/report:1
        volumeMounts: [{name: logs, mountPath: /logs}]
      volumes: [{name: logs, emptyDir: {}}]
`;

const restartAllSidecar = (target: string) => `# @target ${target}
apiVersion: v1
kind: Pod
metadata: {name: ml-worker}
spec:
  restartPolicy: Never
  initContainers:
  - name: watcher
    image: example.com/watcher:1
    restartPolicy: Always
    ports: [{containerPort: 9000}]
    restartPolicyRules:
    - action: RestartAllContainers
      exitCodes: {operator: In, values: [88]}
  containers:
  - name: trainer
    image: example.com/trainer:1
`;

const CASES: Case[] = [
  {
    id: 'V01',
    title: 'a native sidecar on 1.27 is an unknown field; no rule treats it as a working sidecar',
    yaml: jobWithNativeShipper('1.27'),
    expected: ['ver/native-sidecar-unsupported'],
  },
  {
    id: 'V02',
    title: 'on 1.28 (gate off) the sidecar is dropped; Job and log-shipper rules stay silent',
    yaml: jobWithNativeShipper('1.28'),
    expected: ['ver/native-sidecar-unsupported'],
  },
  {
    id: 'V03',
    title: 'the same Job on 1.29: the native sidecar works, so its rules apply',
    yaml: jobWithNativeShipper('1.29'),
    expected: ['job/sidecar-exit-ignored', 'order/log-shipper-misses-init-logs'],
  },
  {
    id: 'V04',
    title: 'an extensions/v1beta1 Deployment is no longer served (removed in 1.16)',
    yaml: `# @target 1.31
apiVersion: extensions/v1beta1
kind: Deployment
metadata: {name: old}
spec:
  template:
    metadata: {labels: {app: old}}
    spec:
      containers: [{name: app, image: nginx}]
`,
    expected: ['ver/api-version-removed'],
  },
  {
    id: 'V05',
    title: 'a batch/v1beta1 CronJob is served on 1.24 and removed in 1.25',
    yaml: `# @target 1.25
apiVersion: batch/v1beta1
kind: CronJob
metadata: {name: tick}
spec:
  schedule: '*/5 * * * *'
  jobTemplate:
    spec:
      template:
        spec:
          restartPolicy: OnFailure
          containers: [{name: tick, image: busybox}]
`,
    expected: ['ver/api-version-removed'],
  },
  {
    id: 'V06',
    title: '1.35: restartPolicyRules on a sidecar are refused (RestartAllContainers is alpha)',
    yaml: restartAllSidecar('1.35'),
    expected: ['api/init-restart-policy'],
  },
  {
    id: 'V07',
    title: '1.36: RestartAllContainers is beta and on, so a sidecar may carry the rule',
    yaml: restartAllSidecar('1.36'),
    expected: [],
  },
  {
    id: 'V08',
    title: '1.37: RestartAllContainers is GA; a rule with an unknown action is still refused',
    yaml: restartAllSidecar('1.37').replace('action: RestartAllContainers', 'action: RestartPod'),
    expected: ['api/init-restart-policy'],
  },
  {
    id: 'V09',
    title: '1.37: a main container with restartPolicy Always keeps a Job from completing',
    yaml: `# @target 1.37
apiVersion: batch/v1
kind: Job
metadata: {name: j}
spec:
  template:
    spec:
      restartPolicy: Never
      containers:
      - {name: work, image: example.com/work:1}
      - {name: helper, image: example.com/helper:1, restartPolicy: Always}
`,
    expected: ['job/main-restart-always'],
  },
  {
    id: 'V10',
    title: '1.36: a sleep of 0 seconds in a preStop hook is accepted (GA since 1.34)',
    yaml: `# @target 1.36
apiVersion: v1
kind: Pod
metadata: {name: p}
spec:
  containers:
  - name: app
    image: nginx
    lifecycle: {preStop: {sleep: {seconds: 0}}}
`,
    expected: [],
  },
];

function lintJson(yaml: string, ...flags: string[]) {
  let out = '';
  const code = runCli(['lint', 'case.yaml', '--format', 'json', ...flags], {
    out: (t) => {
      out += t;
    },
    err: () => {},
    readFile: () => yaml,
  });
  const [entry] = JSON.parse(out) as Array<{ findings: Array<{ rule: string; message: string }> }>;
  return { code, findings: entry?.findings ?? [] };
}

describe('findings follow the target version', () => {
  describe.each(CASES)('$id $title', ({ yaml, expected }) => {
    it(`fires exactly ${expected.join(', ') || 'no rule'}`, () => {
      const fired = [...new Set(lintJson(yaml).findings.map((f) => f.rule))]
        .filter((rule) => rule !== 'res/effective-requests')
        .sort();
      expect(fired).toEqual([...expected].sort());
    });
  });

  it('names the version that removed an API, and exits 1', () => {
    const { code, findings } = lintJson(CASES[3]?.yaml ?? '');
    expect(code).toBe(1);
    expect(findings[0]?.message).toContain('removed in Kubernetes 1.16');
    expect(findings[0]?.message).toContain('apps/v1');
  });

  it('a removed API version is fine on a target that still serves it', () => {
    const yaml = (CASES[4]?.yaml ?? '').replace('@target 1.25', '@target 1.24');
    expect(lintJson(yaml).findings.map((f) => f.rule)).not.toContain('ver/api-version-removed');
  });
});
