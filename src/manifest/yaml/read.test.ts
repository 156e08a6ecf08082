import { describe, expect, it } from 'vitest';
import { readYamlDocuments } from './read';

describe('readYamlDocuments', () => {
  it('reads octal modes as Kubernetes does and keeps look-alike strings as strings', () => {
    const [doc] = readYamlDocuments('mode: 0400\nquoted: "0400"\nflag: on\nkey: y\n');
    expect(doc).toEqual({ mode: 256, quoted: '0400', flag: 'on', key: 'y' });
  });

  it('reads a flow sequence whose closing bracket sits under its key, as kubectl does', () => {
    const text =
      'spec:\n  args: [\n      "-a", "1",\n  ]\n  mode: 0644\n  at: 2020-01-01\n  ok: yes\n';
    expect(readYamlDocuments(text)).toEqual([
      { spec: { args: ['-a', '1'], mode: 420, at: '2020-01-01', ok: 'yes' } },
    ]);
  });

  it('throws with a position on text that is not YAML', () => {
    expect(() => readYamlDocuments('a: [1, 2\nb: 3')).toThrow(/\(\d+:\d+\)/);
  });
});
