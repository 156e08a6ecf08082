/** A path pattern of the configuration's `ignore` list. */
export interface PathPattern {
  /** As written. */
  text: string;
  regex: RegExp;
  /** Without a slash it matches a file or folder name at any depth, as in .gitignore. */
  anyDepth: boolean;
}

/**
 * Reads a pattern as .gitignore-style tools write it, relative to a folder: `*` and `?` match
 * within one path segment, `**` any number of segments; a trailing `/` is allowed on a folder.
 */
export function compilePattern(text: string): PathPattern {
  const body = text.trim().replace(/^\.\//, '').replace(/\/+$/, '');
  let source = '';
  for (let i = 0; i < body.length; i++) {
    const c = body.charAt(i);
    if (c === '*' && body.charAt(i + 1) === '*') {
      const slash = body.charAt(i + 2) === '/';
      source += slash ? '(?:.*/)?' : '.*';
      i += slash ? 2 : 1;
    } else if (c === '*') source += '[^/]*';
    else if (c === '?') source += '[^/]';
    else source += c.replace(/[.+^${}()|[\]\\]/g, '\\$&');
  }
  return { text, regex: new RegExp(`^${source}$`), anyDepth: !body.includes('/') };
}

/** The first pattern that matches the relative path, or a folder it lies in. */
export function matchingPattern(
  relativePath: string,
  patterns: readonly PathPattern[],
): PathPattern | undefined {
  const segments = relativePath.split('/');
  for (let end = 1; end <= segments.length; end++) {
    const prefix = segments.slice(0, end).join('/');
    const name = segments[end - 1] as string;
    const found = patterns.find((p) => p.regex.test(prefix) || (p.anyDepth && p.regex.test(name)));
    if (found) return found;
  }
  return undefined;
}
