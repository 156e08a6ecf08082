import { describe, expect, it } from 'vitest';
import { starterDesign } from '../model/create';
import type { Design } from '../model/types';
import { createEnvelope, serialiseEnvelope } from './envelope';
import { parseSavedState } from './parse';

const SAVED_AT = new Date('2025-01-02T03:04:05.000Z');

function saved(design: Design = starterDesign(), revision = 3): string {
  return serialiseEnvelope(createEnvelope(design, { tabId: 'tab-a', revision }, SAVED_AT));
}

function reasonOf(text: string): string {
  const result = parseSavedState(text);
  if (result.ok) throw new Error('expected the saved state to be refused');
  return result.reason;
}

describe('reading a saved design', () => {
  it('gives back the design and stamp that were saved', () => {
    const design = starterDesign();
    const result = parseSavedState(saved(design));
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.design).toEqual(design);
    expect(result.envelope).toMatchObject({
      app: 'sidecar-studio',
      version: 1,
      savedAt: '2025-01-02T03:04:05.000Z',
      tabId: 'tab-a',
      revision: 3,
    });
    expect(result.migratedFrom).toBe(1);
    expect(result.notes).toEqual([]);
  });

  it('refuses text that is not JSON', () => {
    expect(reasonOf('{"app": "sidecar-studio", ')).toMatch(/^The saved data is not valid JSON/);
  });

  it('refuses JSON that is not a Sidecar Studio envelope', () => {
    expect(reasonOf('[1, 2]')).toBe('The saved data is not a Sidecar Studio design.');
    expect(reasonOf('{"app": "other", "version": 1}')).toBe(
      'The saved data is not a Sidecar Studio design.',
    );
    expect(reasonOf('null')).toBe('The saved data is not a Sidecar Studio design.');
  });

  it('refuses a format from a newer version', () => {
    const text = saved().replace('"version":1', '"version":7');
    expect(reasonOf(text)).toMatch(/newer version of Sidecar Studio \(format 7\)/);
  });

  it('refuses a format version that is not a number', () => {
    expect(reasonOf(saved().replace('"version":1', '"version":"1"'))).toMatch(/format version/);
  });

  it('refuses envelope fields of the wrong type', () => {
    expect(reasonOf(saved().replace('"revision":3', '"revision":-1'))).toMatch(/revision/);
    expect(reasonOf(saved().replace('"tabId":"tab-a"', '"tabId":7'))).toMatch(/tab/);
  });

  it('refuses a design of the wrong shape, naming the field', () => {
    const broken = { ...starterDesign(), containers: 'none' } as unknown as Design;
    expect(reasonOf(saved(broken))).toBe(
      'The saved design is damaged: The containers is not a list.',
    );
    const badRole = starterDesign();
    const text = saved(badRole).replace('"role":"main"', '"role":"boss"');
    expect(reasonOf(text)).toMatch(/Container 1's role is not one of main, sidecar, init/);
  });

  it('refuses a design that breaks the model rules', () => {
    const design = starterDesign();
    const twins = { ...design, containers: [...design.containers, design.containers[0]] } as Design;
    expect(reasonOf(saved(twins))).toMatch(/More than one container is named "app"/);
  });

  it('refuses a position that is not a number and a target that is not a version', () => {
    const text = saved().replace('"target":"1.33"', '"target":"latest"');
    expect(reasonOf(text)).toMatch(/"latest" is not like "1.31"/);
    const position = saved().replace('{"x":80,"y":120}', '{"x":"80","y":120}');
    expect(reasonOf(position)).toMatch(/x of container:app is not a number/);
  });

  it('leaves out hostile keys and says so', () => {
    const text = saved().replace(
      '"metadata":{"name":"web"}',
      '"metadata":{"name":"web","__proto__":{"polluted":true}}',
    );
    const result = parseSavedState(text);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(Object.keys(result.design.metadata)).toEqual(['name']);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(result.notes).toEqual([
      'Left out the key at design.metadata.__proto__: Sidecar Studio never reads keys named __proto__.',
    ]);
  });

  it('drops fields a design does not have', () => {
    const text = saved().replace('"kind":"Deployment"', '"kind":"Deployment","extra":1');
    const result = parseSavedState(text);
    expect(result.ok && 'extra' in result.design).toBe(false);
  });

  it('refuses nesting deeper than the import door allows', () => {
    const deep = `${'['.repeat(500)}${']'.repeat(500)}`;
    expect(reasonOf(deep)).toMatch(/more than 100 levels deep/);
  });

  it('never throws, whatever the text', () => {
    for (const text of ['', '"', '{}', '{"app":"sidecar-studio"}', 'true', '1e999']) {
      expect(parseSavedState(text).ok).toBe(false);
    }
  });
});
