import { describe, expect, it } from 'vitest';
import { container, design } from '../../testing/build';
import { markSelected, nodeIdOf, selectionOf } from './selection';
import { toFlow } from './toFlow';

describe('canvas selection', () => {
  it('names containers and volumes by their node', () => {
    expect(selectionOf('container:app')).toEqual({ kind: 'container', name: 'app' });
    expect(selectionOf('volume:data')).toEqual({ kind: 'volume', name: 'data' });
    expect(selectionOf('pod')).toBeNull();
    expect(nodeIdOf({ kind: 'container', name: 'app' })).toBe('container:app');
    expect(nodeIdOf(null)).toBeNull();
  });

  it('marks only the selected node and leaves the others untouched', () => {
    const { nodes } = toFlow(design({ containers: [container('app'), container('web')] }));
    const marked = markSelected(nodes, 'container:web');
    expect(marked.filter((n) => n.selected).map((n) => n.id)).toEqual(['container:web']);
    expect(marked[0]).toBe(nodes[0]);
  });
});
