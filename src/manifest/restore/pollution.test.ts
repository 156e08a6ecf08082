import { describe, expect, it } from 'vitest';
import { restoreManifest } from './index';
import { toPlainJson } from './plain';

const HOSTILE = `apiVersion: v1
kind: ConfigMap
metadata:
  name: evil
  __proto__: {polluted: 1}
  labels:
    constructor: {prototype: {polluted: 1}}
data:
  nested:
    deeper:
      __proto__:
        polluted: 1
  flow: {__proto__: {polluted: 1}, ok: yes}
  list: [{prototype: {polluted: 1}}]
  base: &base {__proto__: {polluted: 1}}
  merged:
    <<: *base
    kept: 1
---
__proto__: {polluted: 1}
quoted: {"__proto__": {polluted: 1}}
`;

function prototypeKeys(): string[] {
  return Object.getOwnPropertyNames(Object.prototype).sort();
}

describe('keys that could reach a prototype', () => {
  it('never pollutes Object.prototype, at any depth or in flow style', () => {
    const before = prototypeKeys();
    const result = restoreManifest(HOSTILE);
    expect(result.ok).toBe(true);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(Object.prototype).not.toHaveProperty('polluted');
    expect(prototypeKeys()).toEqual(before);
  });

  it('drops every such key and keeps the rest of the document', () => {
    const result = restoreManifest(HOSTILE);
    if (!result.ok) throw new Error(result.error.message);
    const doc = result.file.documents[0];
    expect(doc?.type).toBe('other');
    const value = doc?.type === 'other' ? doc.value : null;
    expect(value).toEqual({
      apiVersion: 'v1',
      kind: 'ConfigMap',
      metadata: { name: 'evil', labels: {} },
      data: {
        nested: { deeper: {} },
        flow: { ok: 'yes' },
        list: [{}],
        base: {},
        merged: { kept: 1 },
      },
    });
    expect(JSON.stringify(value)).not.toMatch(/__proto__|constructor|prototype|polluted/);
    expect(Object.getPrototypeOf(value)).toBe(Object.prototype);
  });

  it('reports each dropped key as a warning with its document, path and line', () => {
    const result = restoreManifest(HOSTILE);
    if (!result.ok) throw new Error(result.error.message);
    const dropped = result.notes.filter((note) => note.message.startsWith('Dropped the key'));
    expect(dropped.map(({ level, document, line }) => ({ level, document, line }))).toEqual([
      { level: 'warning', document: 0, line: 5 },
      { level: 'warning', document: 0, line: 7 },
      { level: 'warning', document: 0, line: 11 },
      { level: 'warning', document: 0, line: 13 },
      { level: 'warning', document: 0, line: 14 },
      { level: 'warning', document: 0, line: 15 },
      { level: 'warning', document: 0, line: 17 },
      { level: 'warning', document: 1, line: 20 },
      { level: 'warning', document: 1, line: 21 },
    ]);
    expect(dropped[0]?.message).toBe(
      'Dropped the key "__proto__" at metadata.__proto__: Sidecar Studio never imports keys named __proto__, constructor or prototype.',
    );
    expect(dropped[2]?.message).toContain('at data.nested.deeper.__proto__');
    expect(dropped[4]?.message).toContain('at data.list[0].prototype');
    expect(dropped[6]?.message).toContain('at data.merged.__proto__');
    expect(dropped[8]?.message).toContain('at quoted.__proto__');
    expect(dropped[8]?.document).toBe(1);
  });

  it('builds fresh plain objects from what the parser read', () => {
    const read = new Map<unknown, unknown>([
      ['__proto__', new Map([['polluted', 1]])],
      [1, 'one'],
      [true, 'yes'],
      ['items', [new Map([['constructor', 'x']])]],
    ]);
    const plain = toPlainJson(read);
    expect(plain).toEqual({
      ok: true,
      value: { 1: 'one', true: 'yes', items: [{}] },
      dropped: [
        { key: '__proto__', path: ['__proto__'] },
        { key: 'constructor', path: ['items', 0, 'constructor'] },
      ],
    });
  });

  it('refuses values that are not JSON', () => {
    const plain = toPlainJson(new Map([['when', new Date(0)]]));
    expect(plain).toEqual({
      ok: false,
      message: 'The value at when is a Date, which a Kubernetes manifest cannot hold.',
      path: ['when'],
    });
  });
});
