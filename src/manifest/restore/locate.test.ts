import { parseEvents } from 'js-yaml';
import { describe, expect, it } from 'vitest';
import { SourceIndex } from './locate';
import { formatPath } from './path';

const TEXT = `kind: Pod
metadata:
  annotations:
    "sidecar.istio.io/inject": "true"
spec:
  containers:
    - name: app
      image: nginx
    - {name: proxy, image: envoy}
---
# second document
other: &x {a: 1}
copy: *x
`;

const index = new SourceIndex(TEXT, parseEvents(TEXT, {}));

describe('finding the line of a value', () => {
  it('finds keys, list items and keys inside flow mappings', () => {
    expect(index.lineOf(0, ['kind'])).toBe(1);
    expect(index.lineOf(0, ['metadata', 'annotations', 'sidecar.istio.io/inject'])).toBe(4);
    expect(index.lineOf(0, ['spec', 'containers', 0, 'image'])).toBe(8);
    expect(index.lineOf(0, ['spec', 'containers', 1])).toBe(9);
    expect(index.lineOf(0, ['spec', 'containers', 1, 'image'])).toBe(9);
  });

  it('counts lines per document and falls back to the nearest ancestor', () => {
    expect(index.documentCount).toBe(2);
    expect(index.lineOf(1, ['other', 'a'])).toBe(12);
    expect(index.lineOf(1, ['copy', 'a'])).toBe(13);
    expect(index.lineOf(0, ['spec', 'volumes'])).toBe(6);
    expect(index.lineOf(2, ['kind'])).toBeUndefined();
  });

  it('turns offsets into lines and columns, whatever the line endings', () => {
    const crlf = new SourceIndex('a: 1\r\nb: 2\rc: 3\n', []);
    expect(crlf.lineAt(6)).toBe(2);
    expect(crlf.lineAt(11)).toBe(3);
    expect(crlf.columnAt(14)).toBe(4);
  });
});

describe('writing a path for people', () => {
  it('joins simple keys with dots, indexes with brackets and quotes other keys', () => {
    expect(formatPath(['spec', 'containers', 0, 'image'])).toBe('spec.containers[0].image');
    expect(formatPath(['metadata', 'annotations', 'sidecar.istio.io/inject'])).toBe(
      'metadata.annotations["sidecar.istio.io/inject"]',
    );
    expect(formatPath([])).toBe('');
  });
});
