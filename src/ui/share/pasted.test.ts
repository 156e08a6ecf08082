import { describe, expect, it } from 'vitest';
import { carriesFiles, pastedKind } from './pasted';

describe('pastedKind', () => {
  it('ignores blank text', () => {
    expect(pastedKind('  \n ')).toBe('nothing');
  });
  it('opens share links, bare or whole', () => {
    expect(pastedKind('#design=N4Ig')).toBe('share-link');
    expect(pastedKind(' http://127.0.0.1:4173/#design=N4Ig\n')).toBe('share-link');
  });
  it('imports anything else as a manifest', () => {
    expect(pastedKind('apiVersion: v1\nkind: Pod\n')).toBe('manifest');
    expect(pastedKind('# a comment about #design=x\nkind: Pod')).toBe('manifest');
  });
});

describe('carriesFiles', () => {
  it('is true only for drags of files', () => {
    expect(carriesFiles(['Files'])).toBe(true);
    expect(carriesFiles(['text/plain'])).toBe(false);
    expect(carriesFiles(undefined)).toBe(false);
  });
});
