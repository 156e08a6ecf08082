import { fieldOf } from '../helpers/json-access';
import { sources } from '../helpers/sources';
import type { Rule, RuleFinding } from '../types';

export const apiImageRequired: Rule = {
  id: 'api/image-required',
  number: 'R02',
  severity: 'error',
  title: 'Every container needs an image',
  explanation:
    'Kubernetes cannot start a container without knowing which image to run, so the API server rejects a pod whose container has no image (or only spaces). A bare Pod is also rejected when the image has spaces before or after it. Set an image reference such as nginx:1.27.',
  sources: sources('K-VAL'),
  check(design) {
    const findings: RuleFinding[] = [];
    for (const container of design.containers) {
      const image = fieldOf(container, 'image');
      const text = typeof image === 'string' ? image : image === undefined ? '' : String(image);
      if (text.trim() === '') {
        findings.push({
          container: container.name,
          field: 'image',
          message: `Container "${container.name}" has no image; set the image it should run.`,
        });
      } else if (design.kind === 'Pod' && text !== text.trim()) {
        findings.push({
          container: container.name,
          field: 'image',
          message: `The image of container "${container.name}" has spaces before or after it; remove them.`,
        });
      }
    }
    return findings;
  },
};
