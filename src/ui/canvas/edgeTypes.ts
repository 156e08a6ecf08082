import type { EdgeTypes } from '@xyflow/react';
import { StudioEdgeView } from './StudioEdgeView';

/** The edge components of the canvas, by edge type (defined once, outside render). */
export const edgeTypes: EdgeTypes = {
  studio: StudioEdgeView,
};
