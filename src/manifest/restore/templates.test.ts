import { readFileSync } from 'node:fs';
import { parseEvents } from 'js-yaml';
import { describe, expect, it } from 'vitest';
import { importInto, restoreManifest } from './index';
import { findTemplateInEvents, findTemplateInText } from './templates';

const fixture = (name: string) =>
  readFileSync(new URL(`./fixtures/${name}`, import.meta.url), 'utf8');
const grafana = () =>
  readFileSync(new URL('../../../../shared/corpus/istio/grafana.yaml', import.meta.url), 'utf8');

function templateIn(text: string) {
  return findTemplateInEvents(text, parseEvents(text, {}));
}

describe('templates are refused', () => {
  it('refuses a Helm chart template, pointing at its first expression', () => {
    const result = restoreManifest(fixture('helm-deployment.tpl'));
    expect(result).toEqual({
      ok: false,
      error: {
        message:
          'This looks like a Helm or Go template ("{{ include "web.fullname" . }}" on line 4). Render it first (helm template …) and import the result.',
        line: 4,
        column: 9,
        template: true,
      },
    });
  });

  it('keeps the current design when a template is refused', () => {
    const current = { documents: [] };
    const { file, result } = importInto(current, fixture('helm-deployment.tpl'));
    expect(file).toBe(current);
    expect(result.ok).toBe(false);
  });

  it('refuses a template whose YAML parses (an unquoted {{ }} reads as a flow mapping)', () => {
    const result = restoreManifest(fixture('helm-values-only.tpl'));
    expect(result.ok).toBe(false);
    expect(!result.ok && result.error).toMatchObject({ line: 8, column: 14 });
    expect(!result.ok && result.error.message).toContain('("{{ .Values.image }}" on line 8)');
  });

  it('refuses {{ inside a plain scalar', () => {
    const text = 'metadata:\n  name: web-{{ .Release.Name }}\n';
    expect(templateIn(text)).toEqual({ offset: 22, snippet: '{{ .Release.Name }}' });
  });

  it('refuses {{ in a flow sequence', () => {
    expect(templateIn('args: [--port, {{ .Values.port }}]\n')?.snippet).toBe('{{ .Values.port }}');
  });

  it('ignores {{ in comments of a text that does not parse, and reports the YAML error', () => {
    const result = restoreManifest('# render with {{ .Values }}\na: b\n  c: d\n');
    expect(!result.ok && result.error.message).toMatch(/^This is not valid YAML/);
  });
});

describe('{{ inside strings is data', () => {
  const styles: [string, string][] = [
    ['double-quoted', 'legend: "{{pod}} on {{node}}"\n'],
    ['single-quoted', "legend: '{{pod}}'\n"],
    ['literal', 'legend: |\n  {{pod}}\n  {{node}}\n'],
    ['folded', 'legend: >-\n  {{pod}}\n  {{node}}\n'],
  ];
  for (const [style, text] of styles) {
    it(`accepts {{ in a ${style} scalar`, () => {
      expect(templateIn(text)).toBeNull();
      const result = restoreManifest(
        `kind: ConfigMap\ndata:\n  ${text.replace(/\n {2}/g, '\n    ')}`,
      );
      expect(result.ok).toBe(true);
    });
  }

  it('finds no template in the Grafana dashboards of istio/grafana.yaml', () => {
    const text = grafana();
    expect(text).toContain('{{');
    expect(templateIn(text)).toBeNull();
  });

  it('imports istio/grafana.yaml', () => {
    const result = restoreManifest(grafana());
    if (!result.ok) throw new Error(result.error.message);
    expect(result.file.documents.map((d) => d.type)).toContain('workload');
  });
});

describe('the template check of a text that does not parse', () => {
  it('finds {{ outside quotes and names its line', () => {
    const text = 'a: 1\n{{- if .Values.enabled }}\nb: 2\n{{- end }}\n';
    expect(findTemplateInText(text)).toEqual({ offset: 5, snippet: '{{- if .Values.enabled }}' });
  });

  it('skips quoted strings, comments and block scalars', () => {
    const text = [
      'a: "{{ x }}"',
      "b: '{{ y }}'",
      'c: 1 # {{ z }}',
      'd: |',
      '  {{ w }}',
      '',
      '  {{ v }}',
      'e: >-',
      '  {{ u }}',
      'f: [',
    ].join('\n');
    expect(findTemplateInText(text)).toBeNull();
  });

  it('finds {{ again after a block scalar ends', () => {
    const text = 'd: |\n  {{ w }}\ne: {{ t }}\n';
    expect(findTemplateInText(text)?.offset).toBe(text.indexOf('{{ t }}'));
  });

  it('treats an apostrophe inside plain text as text, not a quote', () => {
    const text = "msg: don't {{ stop }}\n";
    expect(findTemplateInText(text)?.snippet).toBe('{{ stop }}');
  });
});
