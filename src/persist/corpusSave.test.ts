import { describe, expect, it } from 'vitest';
import { restoreManifest } from '../manifest/restore';
import { designsOf } from '../manifest/workloads';
import { corpusFiles, readCorpusFile } from '../testing/corpus';
import { createEnvelope, serialiseEnvelope } from './envelope';
import { parseSavedState } from './parse';
import { decodeShareLink, encodeShareLink } from './shareLink';

describe('every workload that imports can be saved, reopened and shared', () => {
  it.each(corpusFiles())('%s', (name) => {
    const result = restoreManifest(readCorpusFile(name));
    if (!result.ok) throw new Error(result.error.message);
    for (const design of designsOf(result.file)) {
      const saved = serialiseEnvelope(
        createEnvelope(design, { tabId: 't', revision: 1 }, new Date(0)),
      );
      const reopened = parseSavedState(saved);
      expect(reopened.ok ? reopened.design : reopened.reason).toEqual(design);
      const shared = decodeShareLink(encodeShareLink(design));
      expect(shared.ok ? shared.design : shared.reason).toEqual(design);
    }
  });
});
