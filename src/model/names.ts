/**
 * Names of containers and volumes: Kubernetes requires DNS-1123 labels (sidecar-rules.md §2.2
 * V-NAME-2 and §2.8 V-VOL-1).
 */

/** The longest DNS-1123 label Kubernetes accepts. */
export const MAX_LABEL_LENGTH = 63;

const DNS_LABEL = /^[a-z0-9]([-a-z0-9]*[a-z0-9])?$/;

/** True when `name` is a DNS-1123 label: 1–63 of `[a-z0-9-]`, starting and ending alphanumeric. */
export function isDnsLabel(name: string): boolean {
  return name.length <= MAX_LABEL_LENGTH && DNS_LABEL.test(name);
}

/**
 * Why `name` cannot name a container or volume, as a sentence for a person, or undefined when it
 * can. `what` is the capitalised plural noun used in the sentence ("Container", "Volume").
 */
export function nameProblem(name: string, what: 'Container' | 'Volume'): string | undefined {
  if (name.length === 0) return `A ${what.toLowerCase()} needs a name.`;
  if (isDnsLabel(name)) return undefined;
  return `${what} names must be lowercase letters, digits and "-", start and end with a letter or digit, at most ${MAX_LABEL_LENGTH} characters.`;
}

/**
 * `base` when no name in `taken` equals it, otherwise the first free `base-2`, `base-3`, ...
 * The base is shortened when needed so that the result stays within 63 characters.
 */
export function uniqueName(base: string, taken: Iterable<string>): string {
  const used = new Set(taken);
  if (!used.has(base)) return base;
  for (let n = 2; ; n += 1) {
    const suffix = `-${n}`;
    const head = base.slice(0, MAX_LABEL_LENGTH - suffix.length).replace(/-+$/, '');
    const candidate = `${head}${suffix}`;
    if (!used.has(candidate)) return candidate;
  }
}
