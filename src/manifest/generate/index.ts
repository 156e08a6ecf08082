import { dump } from 'js-yaml';
import type { JsonValue } from '../../model/json';
import type { Design } from '../../model/types';
import { overlay } from '../overlay';
import type { ManifestDocument, ManifestFile } from '../types';
import { type ObjectOptions, workloadObject } from './objects';

export type GenerateOptions = ObjectOptions;

/** The plain value of one document, as written to YAML. */
export function documentValue(
  document: ManifestDocument,
  options: GenerateOptions = {},
): JsonValue {
  switch (document.type) {
    case 'workload':
      return workloadObject(document.design, options);
    case 'list':
      return overlay(document.wrapper, {
        items: document.items.map((d) => documentValue(d, options)),
      });
    case 'other':
      return document.value;
  }
}

/** YAML text for plain values; strings that YAML 1.1 would read as numbers or booleans are quoted. */
export function dumpYaml(value: JsonValue): string {
  return dump(value, { noRefs: true, lineWidth: -1 });
}

/** The YAML the designer exports for a whole file: every document, in order. */
export function generateManifest(file: ManifestFile, options: GenerateOptions = {}): string {
  return file.documents.map((d) => dumpYaml(documentValue(d, options))).join('---\n');
}

/** The YAML the designer exports for one design. */
export function generateDesignYaml(design: Design, options: GenerateOptions = {}): string {
  return dumpYaml(workloadObject(design, options));
}
