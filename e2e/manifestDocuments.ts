import { readFile } from 'node:fs/promises';
import type { Page } from '@playwright/test';
import { readYamlDocuments } from '../src/manifest/yaml/read';

type Plain = Record<string, unknown>;

function isObject(value: unknown): value is Plain {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/**
 * Plain data without the design annotation, and without the `annotations` and `metadata` it alone
 * filled (empty ones are dropped on both sides of a comparison).
 */
export function withoutDesignAnnotation(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(withoutDesignAnnotation);
  if (!isObject(value)) return value;
  const entries = Object.entries(value)
    .filter(([key]) => key !== 'sidecar.studio/design')
    .map(([key, v]) => [key, withoutDesignAnnotation(v)] as const)
    .filter(
      ([key, v]) =>
        !(
          (key === 'annotations' || key === 'metadata') &&
          isObject(v) &&
          Object.keys(v).length === 0
        ),
    );
  return Object.fromEntries(entries);
}

/** The documents of a manifest as Kubernetes reads them, without the design annotation. */
export function manifestDocuments(text: string): unknown[] {
  return readYamlDocuments(text)
    .filter((d) => d != null)
    .map(withoutDesignAnnotation);
}

/** "Kind name" of every document of a manifest, in order. */
export function documentNames(text: string): string[] {
  return readYamlDocuments(text)
    .filter(isObject)
    .map((d) => `${String(d.kind)} ${String(isObject(d.metadata) ? d.metadata.name : '')}`);
}

/** Clicks "Export YAML" and reads the downloaded file. */
export async function exportYaml(page: Page): Promise<string> {
  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Export YAML', exact: true }).click();
  return readFile(await (await download).path(), 'utf8');
}

/** Pastes `text` into the element that has focus (the editor's text area), as the clipboard does. */
export async function pasteInto(page: Page, selector: string, text: string): Promise<void> {
  await page.locator(selector).evaluate((element, pasted) => {
    const data = new DataTransfer();
    data.setData('text/plain', pasted);
    element.dispatchEvent(new ClipboardEvent('paste', { clipboardData: data, bubbles: true }));
  }, text);
}
