import { describe, expect, it } from 'vitest';
import {
  linesOf,
  listFromLines,
  parsePort,
  resourceOf,
  withEntryField,
  withoutEntry,
  withResource,
} from './specValues';

describe('inspector values', () => {
  it('write list fields one entry a line', () => {
    expect(linesOf(['sh', '-c', 'echo hi'])).toBe('sh\n-c\necho hi');
    expect(listFromLines('sh\n\n-c\n')).toEqual(['sh', '-c']);
    expect(listFromLines('  \n')).toBeUndefined();
  });

  it('refuse ports outside 1–65535 with a sentence', () => {
    expect(parsePort(' 8080 ')).toBe(8080);
    expect(() => parsePort('0')).toThrow('A port must be a whole number from 1 to 65535.');
    expect(() => parsePort('http')).toThrow('whole number');
    expect(() => parsePort('')).toThrow('whole number');
  });

  it('edit one entry of a list and keep its other fields', () => {
    const ports = [{ containerPort: 80, hostIP: '0.0.0.0' }];
    expect(withEntryField(ports, 0, 'name', 'http')).toEqual([
      { containerPort: 80, hostIP: '0.0.0.0', name: 'http' },
    ]);
    expect(withEntryField([{ name: 'x', value: 'y' }], 0, 'value', '')).toEqual([{ name: 'x' }]);
    expect(withoutEntry(ports, 0)).toBeUndefined();
  });

  it('edit resources and drop empty groups', () => {
    const resources = { requests: { cpu: '100m' }, claims: [{ name: 'gpu' }] };
    expect(resourceOf(resources, 'requests', 'cpu')).toBe('100m');
    expect(withResource(resources, 'limits', 'memory', '128Mi')).toEqual({
      requests: { cpu: '100m' },
      claims: [{ name: 'gpu' }],
      limits: { memory: '128Mi' },
    });
    expect(withResource({ requests: { cpu: '1' } }, 'requests', 'cpu', '')).toBeUndefined();
  });
});
