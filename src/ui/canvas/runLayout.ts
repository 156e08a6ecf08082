import ELK from 'elkjs/lib/elk.bundled.js';
import type { ELK as Elk } from 'elkjs/lib/elk-api';
import { layoutPod, type PodLayout } from '../../layout/layoutPod';
import type { Design } from '../../model/types';

let elk: Elk | null = null;

/** The automatic layout of `design`. This module (and ELK with it) loads on first use. */
export function computeLayout(design: Design): Promise<PodLayout> {
  elk ??= new ELK();
  return layoutPod(elk, design);
}
