import { describe, expect, it } from 'vitest';
import { hasHeader, readHeader } from './header';

describe('readHeader', () => {
  it('reads every directive of the leading comments', () => {
    const text = [
      '# @target 1.31',
      '# @kind Job',
      '# @role logshipper=sidecar',
      '# @purpose logshipper=log-shipper',
      '# @link app -> cache:6379',
      'apiVersion: v1',
      '# @target 1.20',
    ].join('\n');
    expect(readHeader(text)).toEqual({
      target: '1.31',
      kind: 'Job',
      roles: { logshipper: 'sidecar' },
      purposes: { logshipper: 'log-shipper' },
      links: [{ from: 'app', to: 'cache', port: 6379 }],
      unreadable: [],
    });
  });

  it('lists directives it cannot read instead of guessing', () => {
    const context = readHeader('# @target latest\n# @role app=boss\nkind: Pod\n');
    expect(context.target).toBeUndefined();
    expect(context.unreadable).toEqual(['# @target latest', '# @role app=boss']);
  });

  it('tells a file with a header from one with ordinary comments', () => {
    expect(hasHeader('# a comment\n# @target 1.30\nkind: Pod')).toBe(true);
    expect(hasHeader('# just a comment\nkind: Pod\n# @target 1.30')).toBe(false);
  });
});
