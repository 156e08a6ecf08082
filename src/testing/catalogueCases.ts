import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { CORPUS_DIR } from './corpus';

/** A test case of sidecar-rules.md §9: its manifest and the rule numbers that must fire. */
export interface CatalogueCase {
  id: string;
  title: string;
  yaml: string;
  /** Catalogue numbers such as "R27", without repeats. */
  expected: string[];
}

/** The rule document beside the corpus. */
export const RULES_DOCUMENT = resolve(CORPUS_DIR, '../sidecar-rules.md');

/** Everything after "Lint:" up to the end of its first sentence (periods inside parentheses do not count). */
function lintSentence(text: string): string {
  let depth = 0;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    if (ch === '(') depth++;
    else if (ch === ')') depth--;
    else if (ch === '.' && depth === 0) return text.slice(0, i);
  }
  return text;
}

/** Every case of section 9, read from the rule document itself so the two cannot disagree. */
export function catalogueCases(): CatalogueCase[] {
  const text = readFileSync(RULES_DOCUMENT, 'utf8');
  const section = text.slice(text.indexOf('## 9. Test cases'));
  const cases: CatalogueCase[] = [];
  const heading = /^\*\*(T\d+) — (.+?)\*\*$/gm;
  const starts = [...section.matchAll(heading)];
  starts.forEach((match, i) => {
    const body = section.slice(match.index, starts[i + 1]?.index ?? section.length);
    const yaml = /```yaml\n([\s\S]*?)```/.exec(body)?.[1];
    const lint = /Lint(?: \([^)]*\))?:/.exec(body);
    if (!yaml || !lint) return;
    const sentence = lintSentence(body.slice(lint.index + lint[0].length));
    const expected = [...new Set(sentence.match(/R\d\d/g) ?? [])];
    cases.push({ id: match[1] as string, title: match[2] as string, yaml, expected });
  });
  return cases;
}
