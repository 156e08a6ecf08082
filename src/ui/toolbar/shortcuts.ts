/** What a browser tells about the computer it runs on, enough to name the modifier keys. */
export interface PlatformHints {
  platform?: string;
  userAgent?: string;
}

/** True on Apple computers, where shortcuts use ⌘ instead of Ctrl. */
export function isApplePlatform(hints: PlatformHints): boolean {
  return /mac|iphone|ipad|ipod/i.test(`${hints.platform ?? ''} ${hints.userAgent ?? ''}`);
}

/** The shortcuts of undo and redo as people read them on their keyboard. */
export function undoShortcutLabels(apple: boolean): { undo: string; redo: string } {
  return apple ? { undo: '⌘Z', redo: '⇧⌘Z' } : { undo: 'Ctrl+Z', redo: 'Ctrl+Shift+Z' };
}

/** The platform hints of this browser, or none outside one. */
export function browserPlatform(): PlatformHints {
  if (typeof navigator === 'undefined') return {};
  const data = (navigator as Navigator & { userAgentData?: { platform?: string } }).userAgentData;
  return { platform: data?.platform ?? navigator.platform, userAgent: navigator.userAgent };
}
