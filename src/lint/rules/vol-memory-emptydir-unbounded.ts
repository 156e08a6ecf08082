import { objectAt, stringAt } from '../../model/jsonRead';
import { sources } from '../helpers/sources';
import type { Rule, RuleFinding } from '../types';

export const memoryEmptyDirUnbounded: Rule = {
  id: 'vol/memory-emptydir-unbounded',
  number: 'R38',
  severity: 'info',
  title: 'In-memory emptyDir without a size limit',
  explanation:
    "An emptyDir with medium: Memory is a tmpfs. Without sizeLimit it may grow up to the node's allocatable memory, and every byte written counts against the memory limit of the container that wrote it, which risks an out-of-memory kill.",
  sources: sources('D-VOL'),
  check(design) {
    const findings: RuleFinding[] = [];
    for (const volume of design.volumes) {
      const emptyDir = objectAt(volume.raw, 'emptyDir');
      if (!emptyDir || stringAt(emptyDir, 'medium') !== 'Memory') continue;
      const limit = emptyDir.sizeLimit;
      if (limit !== undefined && limit !== null && limit !== '') continue;
      findings.push({
        volume: volume.name,
        field: 'emptyDir.medium',
        message: `Volume '${volume.name}' lives in memory (medium: Memory) with no sizeLimit: it can grow up to the node's memory, and what a container writes counts against that container's memory limit. Set emptyDir.sizeLimit and memory limits on the containers that write to it.`,
      });
    }
    return findings;
  },
};
