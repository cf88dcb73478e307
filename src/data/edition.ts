import { readBuildInfo, sha256File, type BuildInfo } from '@/data/build-info.ts';
import { getParts } from '@/data/article.ts';
import { CONTENT } from '@/lib/content/layout.ts';
import { splitParagraphs } from '@/lib/text/paragraphs.ts';
import { normalizationTally, type NormalizationTally } from '@/lib/cite/provenance.ts';

/** The verbatim reference text this edition is checked against. */
export const REFERENCE_FILE = CONTENT.reference;

/** What this edition is and what it changed: the punctuation it normalised, the reference text's hash, and the build it came from. */
export interface Edition {
  normalization: NormalizationTally;
  referenceSha256: string;
  build: BuildInfo;
}

let edition: Promise<Edition> | undefined;

/** The edition's provenance, computed once per build: every MDX paragraph and section title tallied with `countNormalized`. */
export function getEdition(): Promise<Edition> {
  edition ??= (async () => {
    const parts = await getParts();
    const texts = parts.flatMap((part) => [
      ...(part.data.kind === 'section' ? [part.data.title] : []),
      ...splitParagraphs(part.body ?? ''),
    ]);
    return { normalization: normalizationTally(texts), referenceSha256: sha256File(REFERENCE_FILE), build: readBuildInfo() };
  })();
  return edition;
}
