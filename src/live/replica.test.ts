import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { starterDesign } from '../model/create';
import {
  addContainer,
  connectMount,
  renameContainer,
  setPosition,
  setSidecarMode,
  updateContainerSpec,
} from '../model/ops';
import type { Design } from '../model/types';
import { DesignReplica } from './replica';

/** Two copies of one session, connected by hand: updates wait until `sync` hands them over. */
function twoCopies() {
  const seen = { a: 0, b: 0 };
  const a = new DesignReplica(() => seen.a++);
  const b = new DesignReplica(() => seen.b++);
  const sync = () => {
    Y.applyUpdate(b.doc, Y.encodeStateAsUpdate(a.doc, Y.encodeStateVector(b.doc)), 'remote');
    Y.applyUpdate(a.doc, Y.encodeStateAsUpdate(b.doc, Y.encodeStateVector(a.doc)), 'remote');
  };
  return { a, b, sync, seen };
}

const started = (a: DesignReplica, sync: () => void, design = starterDesign()) => {
  a.seed(design);
  sync();
  return design;
};

const imageOf = (design: Design | null, name: string) =>
  design?.containers.find((c) => c.name === name)?.raw.image;

describe('a live design shared by two people', () => {
  it('reaches the one who joins as it was started', () => {
    const { a, b, sync, seen } = twoCopies();
    const design = started(a, sync);
    expect(b.current()).toEqual(JSON.parse(JSON.stringify(design)));
    expect(seen.b).toBe(1);
    expect(seen.a).toBe(0);
  });

  it('keeps simultaneous edits of different containers', () => {
    const { a, b, sync } = twoCopies();
    const design = started(a, sync);
    a.edit(updateContainerSpec(design, 'app', { image: 'nginx:1.28' }));
    b.edit(updateContainerSpec(b.current() as Design, 'log-shipper', { image: 'fluent-bit:4' }));
    sync();
    for (const copy of [a, b]) {
      expect(imageOf(copy.current(), 'app')).toBe('nginx:1.28');
      expect(imageOf(copy.current(), 'log-shipper')).toBe('fluent-bit:4');
    }
  });

  it('settles simultaneous renames of one container on one name, mounts and positions kept', () => {
    const { a, b, sync } = twoCopies();
    const design = started(a, sync);
    a.edit(renameContainer(design, 'app', 'web'));
    b.edit(renameContainer(b.current() as Design, 'app', 'frontend'));
    sync();
    const names = a.current()?.containers.map((c) => c.name);
    expect(b.current()?.containers.map((c) => c.name)).toEqual(names);
    const renamed = names?.[0];
    expect(['web', 'frontend']).toContain(renamed);
    expect(names).toHaveLength(2);
    const final = a.current() as Design;
    expect(final.containers[0]?.mounts.map((m) => m.volume)).toEqual(['logs']);
    expect(final.positions[`container:${renamed}`]).toEqual({ x: 80, y: 120 });
    expect(b.current()).toEqual(final);
  });

  it('keeps a rename and another edit of the same container made at once', () => {
    const { a, b, sync } = twoCopies();
    const design = started(a, sync);
    a.edit(renameContainer(design, 'app', 'web'));
    b.edit(updateContainerSpec(b.current() as Design, 'app', { image: 'nginx:1.28' }));
    sync();
    expect(imageOf(a.current(), 'web')).toBe('nginx:1.28');
    expect(b.current()).toEqual(a.current());
  });

  it('keeps simultaneous edits of different fields of one container', () => {
    const { a, b, sync } = twoCopies();
    const design = started(a, sync);
    a.edit(updateContainerSpec(design, 'app', { image: 'nginx:1.28' }));
    b.edit(
      updateContainerSpec(b.current() as Design, 'app', {
        ports: [{ containerPort: 8080 }],
      }),
    );
    sync();
    const app = a.current()?.containers.find((c) => c.name === 'app');
    expect(app?.raw.image).toBe('nginx:1.28');
    expect(app?.raw.ports).toEqual([{ containerPort: 8080 }]);
    expect(Object.keys(b.current()?.containers[0]?.raw ?? {})).toEqual(Object.keys(app?.raw ?? {}));
    expect(b.current()).toEqual(a.current());
  });

  it('keeps a volume rename and a new mount of it made at once', () => {
    const { a, b, sync } = twoCopies();
    let design = started(a, sync);
    design = addContainer(design, 'init', { name: 'setup' });
    a.edit(design);
    sync();
    const renamed = { ...design, volumes: design.volumes.map((v) => ({ ...v, name: 'shared' })) };
    renamed.containers = renamed.containers.map((c) => ({
      ...c,
      mounts: c.mounts.map((m) => ({ ...m, volume: 'shared' })),
    }));
    renamed.positions = { ...design.positions, 'volume:shared': { x: 240, y: 320 } };
    delete renamed.positions['volume:logs'];
    a.edit(renamed);
    b.edit(connectMount(b.current() as Design, 'setup', { volume: 'logs', mountPath: '/data' }));
    sync();
    const setup = a.current()?.containers.find((c) => c.name === 'setup');
    expect(setup?.mounts.map((m) => m.volume)).toEqual(['shared']);
    expect(b.current()).toEqual(a.current());
  });

  it('gives two containers added at once under one name different names, the same everywhere', () => {
    const { a, b, sync } = twoCopies();
    const design = started(a, sync);
    a.edit(addContainer(design, 'sidecar', { name: 'proxy' }));
    b.edit(addContainer(b.current() as Design, 'sidecar', { name: 'proxy' }));
    sync();
    const names = a.current()?.containers.map((c) => c.name) ?? [];
    expect(names.filter((n) => n.startsWith('proxy')).sort()).toEqual(['proxy', 'proxy-2']);
    expect(b.current()).toEqual(a.current());
  });

  it('moves design-wide settings to everyone, the last one written winning', () => {
    const { a, b, sync } = twoCopies();
    const design = started(a, sync);
    a.edit(setSidecarMode(design, 'legacy'));
    sync();
    expect(b.current()?.sidecarMode).toBe('legacy');
  });

  it('undoes only the edits of the one who undoes', () => {
    const { a, b, sync } = twoCopies();
    const design = started(a, sync);
    expect(a.canUndo()).toBe(false);
    a.edit(updateContainerSpec(design, 'app', { image: 'nginx:1.28' }));
    sync();
    b.edit(updateContainerSpec(b.current() as Design, 'log-shipper', { image: 'fluent-bit:4' }));
    sync();
    expect(a.canUndo()).toBe(true);
    a.undo();
    sync();
    for (const copy of [a, b]) {
      expect(imageOf(copy.current(), 'app')).toBe('nginx:1.27');
      expect(imageOf(copy.current(), 'log-shipper')).toBe('fluent-bit:4');
    }
    a.redo();
    sync();
    expect(imageOf(b.current(), 'app')).toBe('nginx:1.28');
  });

  it('joins the positions of one drag into one undo step', () => {
    const { a, sync } = twoCopies();
    const design = started(a, sync);
    const first = setPosition(design, 'container:app', { x: 100, y: 100 });
    a.edit(first, true);
    a.edit(setPosition(first, 'container:app', { x: 200, y: 200 }), false);
    a.undo();
    expect(a.current()?.positions['container:app']).toEqual({ x: 80, y: 120 });
  });
});
