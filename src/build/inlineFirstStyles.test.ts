import { describe, expect, it } from 'vitest';
import { withInlineStyles } from './inlineFirstStyles';

const page = (head: string) => `<html><head><title>x</title>${head}</head><body></body></html>`;

describe('withInlineStyles', () => {
  it('writes each style sheet into the end of the head, in order', () => {
    expect(withInlineStyles(page(''), ['.app{color:red}\n', 'a{b:c}'])).toBe(
      page('<style>.app{color:red}</style>\n  <style>a{b:c}</style>\n  '),
    );
  });

  it('leaves a page without style sheets as it is', () => {
    expect(withInlineStyles('no head at all', [])).toBe('no head at all');
  });

  it('keeps a sheet whose text looks like a replacement pattern as written', () => {
    expect(withInlineStyles(page(''), ['a::after{content:"$&"}'])).toBe(
      page('<style>a::after{content:"$&"}</style>\n  '),
    );
  });

  it('refuses a sheet that would close its <style> element early, and a page without a head', () => {
    expect(() => withInlineStyles(page(''), ['a{}</STYLE><b>'])).toThrow(
      'would end its own <style> element',
    );
    expect(() => withInlineStyles('<body></body>', ['a{}'])).toThrow('no </head>');
  });
});
