import { describe, expect, it } from 'vitest';
import { readCorpusFile } from '../testing/corpus';
import { runCli } from './run';

function exportFile(name: string, ...flags: string[]) {
  let out = '';
  let err = '';
  const code = runCli(['export', name, ...flags], {
    out: (t) => {
      out += t;
    },
    err: (t) => {
      err += t;
    },
    readFile: (p) => readCorpusFile(p),
  });
  return { code, out, err };
}

describe('cli export --mode reports what the conversion did', () => {
  it('places a sidecar after the init containers that prepare its volumes, and says so', () => {
    const { code, out, err } = exportFile(
      'kubernetes-website/mysql-statefulset.yaml',
      '--mode',
      'native',
      '--role',
      'xtrabackup=sidecar',
    );
    expect(code).toBe(0);
    expect(out.indexOf('name: xtrabackup')).toBeGreaterThan(out.indexOf('name: clone-mysql'));
    expect(err).toContain(
      `StatefulSet "mysql": 'xtrabackup' starts after 'clone-mysql' in initContainers`,
    );
  });

  it('prints the findings the conversion introduced', () => {
    const { code, err } = exportFile('istio/hello-probes.yaml.injected', '--mode', 'legacy');
    expect(code).toBe(0);
    expect(err).toContain(
      'Deployment "hello": warning introduced by --mode legacy: stop/legacy-shutdown-race:',
    );
  });

  it('prints nothing about conversions without --mode', () => {
    expect(exportFile('istio/hello-probes.yaml.injected').err).not.toContain('introduced');
  });
});
