/**
 * Port facts: numbers are 1–65535, names are IANA_SVC_NAMEs (apimachinery `IsValidPortNum`,
 * `IsValidPortName`, sidecar-rules.md §2.5).
 */

export const MIN_PORT = 1;
export const MAX_PORT = 65535;

/** Longest allowed port name (IANA_SVC_NAME). */
export const PORT_NAME_MAX = 15;

/** True for a whole number from 1 to 65535. */
export function isPortNumber(value: unknown): boolean {
  return (
    typeof value === 'number' && Number.isInteger(value) && value >= MIN_PORT && value <= MAX_PORT
  );
}

/**
 * A port number typed by a person: the number when the text is digits only (surrounding spaces
 * allowed), otherwise NaN. Whether it lies in 1–65535 is {@link isPortNumber}'s question.
 */
export function parsePortText(text: string): number {
  const trimmed = text.trim();
  return /^\d+$/.test(trimmed) ? Number(trimmed) : Number.NaN;
}

/**
 * What is wrong with a port name (Kubernetes `IsValidPortName`), one phrase per broken rule;
 * empty when the name is valid.
 */
export function portNameProblems(name: string): string[] {
  const problems: string[] = [];
  if (name.length > PORT_NAME_MAX) {
    problems.push(`must be no more than ${PORT_NAME_MAX} characters (it has ${name.length})`);
  }
  if (!/^[-a-z0-9]*$/.test(name)) {
    problems.push('must contain only lower-case letters (a-z), digits (0-9) and hyphens (-)');
  }
  if (name.includes('--')) problems.push('must not contain two hyphens in a row');
  if (name.startsWith('-') || name.endsWith('-')) {
    problems.push('must not begin or end with a hyphen');
  }
  if (!/[a-z]/.test(name)) problems.push('must contain at least one letter (a-z)');
  return problems;
}
