/**
 * The limits of the import door and the polite refusals that name them. Sizes are measured in
 * UTF-16 code units (`text.length`, what JavaScript counts as characters), which equals bytes for
 * the ASCII text manifests nearly always are, and costs nothing to measure.
 */

/** The longest text Sidecar Studio imports: 5 MB, in UTF-16 code units. */
export const MAX_TEXT_LENGTH = 5 * 1024 * 1024;

/** The most YAML documents one file may hold. */
export const MAX_DOCUMENTS = 10_000;

/** The deepest nesting of lists and mappings (real manifests, CRDs included, stay well below). */
export const MAX_DEPTH = 100;

/**
 * The most values (scalars, lists, mappings) a file may expand to once YAML aliases are resolved.
 * A 5 MB text without aliases cannot reach it; a file of aliases that expand exponentially can.
 */
export const MAX_VALUES = 5_000_000;

/** 1234567 → "1,234,567", the same in every locale. */
export function formatCount(count: number): string {
  return String(count).replace(/\B(?=(\d{3})+(?!\d))/g, ',');
}

/** The refusal for a text longer than {@link MAX_TEXT_LENGTH}. */
export function tooLargeMessage(length: number): string {
  // Rounded up, so a file just over the limit never reads as "5.0 MB".
  const megabytes = Math.ceil((length / (1024 * 1024)) * 10) / 10;
  return `This file is ${megabytes.toFixed(1)} MB; Sidecar Studio opens manifests up to ${MAX_TEXT_LENGTH / (1024 * 1024)} MB.`;
}

/** The refusal for a file with more than {@link MAX_DOCUMENTS} documents. */
export function tooManyDocumentsMessage(count: number): string {
  return `This file holds ${formatCount(count)} YAML documents; Sidecar Studio opens files with up to ${formatCount(MAX_DOCUMENTS)} documents.`;
}

/** The refusal for nesting deeper than {@link MAX_DEPTH}. */
export function tooDeepMessage(): string {
  return `This manifest nests lists and mappings more than ${MAX_DEPTH} levels deep; Sidecar Studio opens manifests nested up to ${MAX_DEPTH} levels.`;
}

/** The refusal for aliases that expand beyond {@link MAX_VALUES}. */
export function tooManyValuesMessage(): string {
  return `This manifest's YAML aliases (*name) expand to more than ${formatCount(MAX_VALUES)} values; Sidecar Studio opens manifests up to that size.`;
}
