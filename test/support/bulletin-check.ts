// The measures of ../shared/tools/bulletin_check.py, in TypeScript: a generated bulletin (its text)
// against the real article it retells. Kept in step with that checker; the article wins where they differ.

const nfc = (s: string) => s.normalize('NFC');
export const wordsOf = (s: string): string[] => s.toLowerCase().match(/[\p{L}\p{N}_]+/gu) ?? [];

/** Paragraphs of the text, without the photo captions ("[Ảnh] …"). */
export const paragraphsOf = (text: string) =>
  nfc(text)
    .split('\n\n')
    .map((p) => p.trim())
    .filter((p) => p && !p.startsWith('[Ảnh]'));

/** Sentences as the checker cuts them: after . ! ? before a capital or an opening quote. */
export const sentencesOf = (paragraphs: string[]) => paragraphs.flatMap((p) => p.split(/(?<=[.!?])\s+(?=[A-ZĐÀ-Ỹ“"])/u));

export interface Measures {
  /** Facts ("a|b" = either) the bulletin does not state. */
  missing: string[];
  /** Quoted passages (12+ characters) the article does not have. */
  invented: string[];
  /** Share of words the lead and the first body paragraph have in common (of the smaller), or undefined without both. */
  overlap: number | undefined;
  longest: { words: number; sentence: string };
  /** Photo credits the article does not give. */
  badCredits: string[];
}

export function measure(article: string, bulletin: string, facts: string[]): Measures {
  const art = nfc(article);
  const bul = nfc(bulletin);
  const missing = facts.filter((f) => !f.split('|').some((a) => bul.includes(nfc(a))));
  const flat = art.replace(/\s+/g, ' ');
  const quotes = [...bul.matchAll(/[“"]([^”"]{12,})[”"]/gu)].map((m) => m[1]!);
  const invented = quotes.filter(
    (q) =>
      !flat.includes(
        q
          .replace(/\s+/g, ' ')
          .trim()
          .replace(/^[ .,;]+|[ .,;]+$/g, ''),
      ),
  );
  const paras = paragraphsOf(bul);
  let overlap: number | undefined;
  if (paras.length >= 3) {
    const a = new Set(wordsOf(paras[1]!));
    const b = new Set(wordsOf(paras[2]!));
    const common = [...a].filter((w) => b.has(w)).length;
    overlap = common / Math.max(1, Math.min(a.size, b.size));
  }
  let longest = { words: 0, sentence: '' };
  for (const s of sentencesOf(paras)) {
    const n = wordsOf(s).length;
    if (n > longest.words) longest = { words: n, sentence: s };
  }
  const credits = [...bul.matchAll(/\(Ảnh:\s*([^)]+)\)/gu)].map((m) => m[1]!);
  const artCredits = [...art.matchAll(/\(Ảnh:\s*([^)]+)\)/gu)].map((m) => m[1]!);
  const badCredits = credits.filter((c) => !artCredits.some((x) => x.includes(c.split('/')[0]!.trim())));
  return { missing, invented, overlap, longest, badCredits };
}
