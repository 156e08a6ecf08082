import type { JsonObject } from '../../model/json';
import {
  compareQuantities,
  isNegativeQuantity,
  isWholeQuantity,
  parseQuantity,
  type Quantity,
} from '../../model/quantity';
import { objectOf } from './json-access';
import type { Problem } from './problem';

const STANDARD = ['cpu', 'memory', 'ephemeral-storage'];

/** True for cpu, memory, ephemeral-storage, hugepages-* and any `*kubernetes.io/` name. */
export function isNativeResource(name: string): boolean {
  return !name.includes('/') || name.includes('kubernetes.io/');
}

export function isHugePages(name: string): boolean {
  return name.startsWith('hugepages-');
}

/** Requests and limits may differ only for native resources other than huge pages. */
function isOvercommitAllowed(name: string): boolean {
  return isNativeResource(name) && !isHugePages(name);
}

function readList(list: JsonObject, field: string, problems: Problem[]): Map<string, Quantity> {
  const result = new Map<string, Quantity>();
  for (const [name, value] of Object.entries(list)) {
    const at = `${field}.${name}`;
    if (!name.includes('/') && !STANDARD.includes(name) && !isHugePages(name)) {
      problems.push({
        field: at,
        message:
          'is not a resource a container can request; use cpu, memory, ephemeral-storage, hugepages-<size> or a vendor.com/name extended resource',
      });
    }
    const quantity = parseQuantity(value);
    if (!quantity) {
      problems.push({
        field: at,
        message: `"${String(value)}" is not a quantity such as 500m or 128Mi`,
      });
    } else if (isNegativeQuantity(quantity)) {
      problems.push({ field: at, message: 'must not be negative' });
    } else if (!isNativeResource(name) && !isWholeQuantity(quantity)) {
      problems.push({ field: at, message: 'must be a whole number for an extended resource' });
    } else {
      result.set(name, quantity);
    }
  }
  return result;
}

/** Problems with a container's `resources` (V-RES-1…3), fields relative to the container. */
export function resourceProblems(resources: JsonObject): Problem[] {
  const problems: Problem[] = [];
  const requests = readList(objectOf(resources.requests) ?? {}, 'resources.requests', problems);
  const limits = readList(objectOf(resources.limits) ?? {}, 'resources.limits', problems);
  for (const [name, request] of requests) {
    const limit = limits.get(name);
    const at = `resources.requests.${name}`;
    if (isOvercommitAllowed(name)) {
      if (limit && compareQuantities(request, limit) > 0) {
        problems.push({
          field: at,
          message: `is greater than its limit; a request must be at most the limit`,
        });
      }
    } else if (!limit && !objectOf(resources.limits)?.[name]) {
      problems.push({
        field: at,
        message: 'needs a limit equal to the request (this resource cannot be overcommitted)',
      });
    } else if (limit && compareQuantities(request, limit) !== 0) {
      problems.push({
        field: at,
        message: 'must equal its limit (this resource cannot be overcommitted)',
      });
    }
  }
  const names = [...requests.keys(), ...limits.keys()];
  if (names.some(isHugePages) && !names.some((n) => n === 'cpu' || n === 'memory')) {
    problems.push({
      field: 'resources',
      message: 'requests huge pages without cpu or memory; add a cpu or memory request or limit',
    });
  }
  return problems;
}
