import type { EdgeTypes } from '@xyflow/react';
import { LinkEdgeView } from './LinkEdgeView';

/** The edge components of the canvas, by edge type (defined once, outside render). */
export const edgeTypes: EdgeTypes = {
  link: LinkEdgeView,
};
