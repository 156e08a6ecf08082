/** What pasted text is to the page: a share link to open, a manifest to import, or nothing. */
export type PastedKind = 'share-link' | 'manifest' | 'nothing';

/** A share link (`#design=…`, or a whole address ending in one): one word, no spaces. */
const SHARE_LINK = /^(?:[a-z][a-z0-9+.-]*:\/\/\S*)?#design=\S*$/i;

/** What `text` pasted outside the editor and text fields is to the page. */
export function pastedKind(text: string): PastedKind {
  const trimmed = text.trim();
  if (trimmed === '') return 'nothing';
  if (SHARE_LINK.test(trimmed)) return 'share-link';
  return 'manifest';
}

/** True when a drag carries files from the computer (not text or a palette item). */
export function carriesFiles(types: readonly string[] | null | undefined): boolean {
  return types?.includes('Files') ?? false;
}

/** Where pasting and dropping belong to the element itself: fields, the editor, dialogs. */
export const OWN_PASTE_SELECTOR =
  'input, textarea, select, [contenteditable]:not([contenteditable="false"]), .monaco-editor, dialog';
