import { describe, expect, it } from 'vitest';
import type { Volume } from '../../model/types';
import { sourceFieldOf, sourceOf, withSourceField } from './volumeSource';

const secret: Volume = {
  name: 'creds',
  type: 'secret',
  raw: { name: null, secret: { secretName: 'creds', defaultMode: 256 } },
};

describe('volume source', () => {
  it('names the main field of each type that has one', () => {
    expect(sourceFieldOf('secret')).toEqual({ key: 'secretName', label: 'Secret name' });
    expect(sourceFieldOf('emptyDir')).toBeUndefined();
  });

  it('replaces the main field and keeps the others', () => {
    expect(sourceOf(secret).secretName).toBe('creds');
    expect(withSourceField(secret, 'secretName', ' tls ')).toEqual({
      secretName: 'tls',
      defaultMode: 256,
    });
  });
});
