import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { restoreManifest } from './index';
import { workloadNotes } from './notes';

const fixture = (name: string) =>
  readFileSync(new URL(`./fixtures/${name}`, import.meta.url), 'utf8');

function notesOf(text: string) {
  const result = restoreManifest(text);
  if (!result.ok) throw new Error(result.error.message);
  return result;
}

describe('notes on what an import keeps as it is', () => {
  it('passes unknown workload kinds through with an info note', () => {
    const result = notesOf(fixture('unknown-kinds.yaml'));
    expect(result.file.documents.map((d) => d.type)).toEqual(['other', 'other', 'other', 'list']);
    const kept = result.notes.filter((note) => note.message.includes('does not model this kind'));
    expect(kept).toEqual([
      {
        level: 'info',
        message: 'Rollout "web" is kept as it is: Sidecar Studio does not model this kind.',
        document: 0,
        line: 2,
      },
      {
        level: 'info',
        message: 'Service "hello" is kept as it is: Sidecar Studio does not model this kind.',
        document: 1,
        line: 13,
      },
      {
        level: 'info',
        message: 'Worker "listed" is kept as it is: Sidecar Studio does not model this kind.',
        document: 3,
        line: 34,
      },
    ]);
  });

  it('says nothing about kinds without a pod template', () => {
    const result = notesOf('apiVersion: v1\nkind: Service\nmetadata:\n  name: s\n');
    expect(result.notes).toEqual([]);
  });

  it('warns about a container without an image in an unknown kind', () => {
    const text =
      'kind: Rollout\nmetadata:\n  name: web\nspec:\n  template:\n    spec:\n      containers:\n        - ports: [{containerPort: 80}]\n';
    expect(notesOf(text).notes).toEqual([
      {
        level: 'info',
        message: 'Rollout "web" is kept as it is: Sidecar Studio does not model this kind.',
        document: 0,
        line: 1,
      },
      {
        level: 'warning',
        message:
          'containers[0] in Rollout "web" has no image; set one before you apply the manifest.',
        document: 0,
        line: 8,
      },
    ]);
  });
});

describe('placeholders and missing images', () => {
  it('warns about each string that holds a placeholder, naming the field', () => {
    const result = notesOf(fixture('placeholders.yaml'));
    const placeholders = result.notes.filter((note) => note.message.includes('placeholder'));
    expect(placeholders).toEqual([
      {
        level: 'warning',
        message:
          'Deployment "web": spec.template.spec.serviceAccountName holds the placeholder <YOUR-KSA-NAME>; replace it before you apply the manifest.',
        document: 0,
        line: 8,
      },
      {
        level: 'warning',
        message:
          'Deployment "web": spec.template.spec.containers[0].image holds the placeholder <PROJECT_ID>; replace it before you apply the manifest.',
        document: 0,
        line: 11,
      },
      {
        level: 'warning',
        message:
          'Deployment "web": spec.template.spec.containers[0].args[0] holds the placeholder <DB_HOST>; replace it before you apply the manifest.',
        document: 0,
        line: 12,
      },
    ]);
  });

  it('warns about each container without an image, naming it', () => {
    const result = notesOf(fixture('placeholders.yaml'));
    const missing = result.notes.filter((note) => note.message.includes('has no image'));
    expect(missing).toEqual([
      {
        level: 'warning',
        message:
          'Container "proxy" in Deployment "web" has no image; set one before you apply the manifest.',
        document: 0,
        line: 13,
      },
      {
        level: 'warning',
        message:
          'Container "setup" in Deployment "web" has no image; set one before you apply the manifest.',
        document: 0,
        line: 15,
      },
    ]);
  });

  it('ignores angle brackets around other text', () => {
    const notes = workloadNotes(
      [
        {
          kind: 'Pod',
          spec: { containers: [{ name: 'a', image: 'x', args: ['<b>', '<my-name>', '<->'] }] },
        },
      ],
      () => undefined,
    );
    expect(notes).toEqual([]);
  });

  it('lists at most the given number of notes, then says how many more there were', () => {
    const containers = Array.from({ length: 5 }, (_, i) => ({ name: `c${i}` }));
    const notes = workloadNotes([{ kind: 'Pod', spec: { containers } }], () => undefined, 3);
    expect(notes).toHaveLength(4);
    expect(notes[3]).toEqual({ level: 'info', message: '…and 2 more notes like these.' });
  });
});
