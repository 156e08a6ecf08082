import { setSidecarMode } from '../model/ops';
import type { Design } from '../model/types';
import { buildDesign, resources } from './build';
import { PATTERN_SOURCES as S } from './sources';
import type { Pattern } from './types';

/**
 * A nightly database backup: Vault Agent logs in to Vault, writes the database credentials into
 * an in-memory volume and keeps renewing them; pg_dump reads them and writes the dump to a claim.
 */
function backupJob(): Design {
  return buildDesign({
    kind: 'Job',
    name: 'db-backup',
    controller: { backoffLimit: 2, ttlSecondsAfterFinished: 86400 },
    podSpec: { serviceAccountName: 'db-backup' },
    volumes: [
      {
        name: 'vault-secrets',
        type: 'emptyDir',
        source: { medium: 'Memory', sizeLimit: '1Mi' },
        at: { x: 240, y: 520 },
      },
      {
        name: 'vault-agent-config',
        type: 'configMap',
        source: { name: 'vault-agent-config' },
        at: { x: 560, y: 520 },
      },
      {
        name: 'backups',
        type: 'persistentVolumeClaim',
        source: { claimName: 'db-backups' },
        at: { x: 0, y: 520 },
      },
    ],
    containers: [
      {
        name: 'vault-agent',
        role: 'sidecar',
        purpose: 'other',
        image: 'hashicorp/vault:1.17.5',
        spec: {
          args: ['agent', '-config=/vault/config/agent.hcl'],
          env: [{ name: 'VAULT_ADDR', value: 'https://vault.vault.svc:8200' }],
          resources: resources('50m', '64Mi', '128Mi'),
          startupProbe: {
            exec: { command: ['test', '-s', '/vault/secrets/db.env'] },
            periodSeconds: 1,
            failureThreshold: 60,
          },
        },
        mounts: [
          { volume: 'vault-secrets', mountPath: '/vault/secrets' },
          { volume: 'vault-agent-config', mountPath: '/vault/config', readOnly: true },
        ],
        at: { x: 400, y: 80 },
      },
      {
        name: 'backup',
        role: 'main',
        image: 'postgres:16.4',
        spec: {
          command: ['sh', '-c'],
          args: [
            '. /vault/secrets/db.env && pg_dump --format=custom --file=/backups/orders-`date +%F`.dump',
          ],
          resources: resources('250m', '256Mi', '1Gi'),
        },
        mounts: [
          { volume: 'vault-secrets', mountPath: '/vault/secrets', readOnly: true },
          { volume: 'backups', mountPath: '/backups' },
        ],
        at: { x: 80, y: 300 },
      },
    ],
  });
}

/** The backup Job with Vault Agent as a native sidecar: the Job completes. */
export const nativeSidecarJob: Pattern = {
  id: 'job-native-sidecar',
  name: 'Job with a native sidecar',
  summary: [
    'A backup Job whose Vault Agent sidecar fetches and renews the database credentials; pg_dump starts once they are written.',
    'A helper that runs for the whole Job must not keep it alive: a native sidecar is stopped when the main container is done, so the Job completes.',
  ],
  sources: [S.sidecarJobs, S.jobs, S.vaultAgent, S.nativeSidecarBlog],
  design: backupJob,
};

/** The same backup Job with Vault Agent as an ordinary container: the Job never completes. */
export const legacySidecarJob: Pattern = {
  id: 'job-legacy-sidecar',
  name: 'Job with a legacy sidecar (broken on purpose)',
  summary: [
    'The same backup Job with Vault Agent written as a second entry of containers, the way sidecars were written before native sidecars.',
    'Broken on purpose: pg_dump finishes but the agent runs on, so the Pod stays Running and the Job never completes.',
  ],
  brokenOnPurpose: true,
  sources: [S.sidecarJobs, S.jobs, S.nativeSidecarBlog],
  design: () => setSidecarMode(backupJob(), 'legacy'),
};
