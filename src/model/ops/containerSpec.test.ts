import { describe, expect, it } from 'vitest';
import { container, design } from '../../testing/build';
import { updateContainerSpec } from './containerSpec';
import { deepFreeze } from './freeze';

function sample() {
  return deepFreeze(
    design({
      containers: [
        {
          ...container('app'),
          raw: { name: null, image: 'nginx:1.27', args: ['-v'], volumeMounts: null },
        },
        container('proxy', { role: 'sidecar' }),
        container('setup', { role: 'init' }),
      ],
    }),
  );
}

describe('updateContainerSpec', () => {
  it('sets and deletes fields, keeping the others and their order', () => {
    const ports = [{ containerPort: 80 }];
    const d = updateContainerSpec(sample(), 'app', { image: 'nginx:1.28', args: undefined, ports });
    expect(d.containers[0]?.raw).toEqual({
      name: null,
      image: 'nginx:1.28',
      volumeMounts: null,
      ports: [{ containerPort: 80 }],
    });
    expect(Object.keys(d.containers[0]?.raw ?? {})).toEqual([
      'name',
      'image',
      'volumeMounts',
      'ports',
    ]);
    ports[0] = { containerPort: 81 };
    expect(d.containers[0]?.raw.ports).toEqual([{ containerPort: 80 }]);
  });

  it('lets an init container take a restartPolicy other than Always', () => {
    const d = updateContainerSpec(sample(), 'setup', { restartPolicy: 'OnFailure' });
    expect(d.containers[2]?.raw.restartPolicy).toBe('OnFailure');
  });

  it('refuses the fields the model owns', () => {
    expect(() => updateContainerSpec(sample(), 'app', { name: 'x' })).toThrow(
      'Rename the container instead of editing its "name" field.',
    );
    expect(() => updateContainerSpec(sample(), 'app', { volumeMounts: [] })).toThrow(
      'Connect or disconnect volumes instead of editing "volumeMounts".',
    );
    expect(() => updateContainerSpec(sample(), 'proxy', { restartPolicy: undefined })).toThrow(
      "A sidecar's restartPolicy follows from its role and sidecar mode; change those instead.",
    );
    expect(() => updateContainerSpec(sample(), 'setup', { restartPolicy: 'Always' })).toThrow(
      'An init container with restartPolicy "Always" is a sidecar; change its role instead.',
    );
  });
});
