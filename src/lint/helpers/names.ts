const DNS1123_LABEL = /^[a-z0-9]([-a-z0-9]*[a-z0-9])?$/;

/** Longest allowed DNS-1123 label (container and volume names). */
export const DNS1123_LABEL_MAX = 63;

/** What is wrong with a container or volume name, or undefined when it is a DNS-1123 label. */
export function labelProblem(name: string): string | undefined {
  if (name.length === 0) return 'is empty; a name is required';
  if (name.length > DNS1123_LABEL_MAX) {
    return `is ${name.length} characters long; at most ${DNS1123_LABEL_MAX} are allowed`;
  }
  if (!DNS1123_LABEL.test(name)) {
    return 'may only contain lower-case letters, digits and hyphens, and must start and end with a letter or digit';
  }
  return undefined;
}

/** True for a valid DNS-1123 label. */
export function isDns1123Label(name: string): boolean {
  return labelProblem(name) === undefined;
}
