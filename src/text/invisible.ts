// Finds characters that cannot be seen but change a text: zero-width marks, stray BOMs, bidi controls.

const INVISIBLE: Record<number, string> = {
  0x00a0: 'NO-BREAK SPACE',
  0x00ad: 'SOFT HYPHEN',
  0x180e: 'MONGOLIAN VOWEL SEPARATOR',
  0x200b: 'ZERO WIDTH SPACE',
  0x200c: 'ZERO WIDTH NON-JOINER',
  0x200d: 'ZERO WIDTH JOINER',
  0x200e: 'LEFT-TO-RIGHT MARK',
  0x200f: 'RIGHT-TO-LEFT MARK',
  0x202a: 'LEFT-TO-RIGHT EMBEDDING',
  0x202b: 'RIGHT-TO-LEFT EMBEDDING',
  0x202c: 'POP DIRECTIONAL FORMATTING',
  0x202d: 'LEFT-TO-RIGHT OVERRIDE',
  0x202e: 'RIGHT-TO-LEFT OVERRIDE',
  0x2060: 'WORD JOINER',
  0x2066: 'LEFT-TO-RIGHT ISOLATE',
  0x2067: 'RIGHT-TO-LEFT ISOLATE',
  0x2068: 'FIRST STRONG ISOLATE',
  0x2069: 'POP DIRECTIONAL ISOLATE',
  0xfeff: 'ZERO WIDTH NO-BREAK SPACE (BOM)',
};

export interface CharHit {
  offset: number;
  /** "U+200B" */
  char: string;
  name: string;
}

const hex = (cp: number) => `U+${cp.toString(16).toUpperCase().padStart(4, '0')}`;

/**
 * The first invisible character in `text`. A no-break space counts only when `strict`
 * (ids and keys): in running text it is a legitimate typographic choice.
 */
export function findInvisible(text: string, strict: boolean): CharHit | undefined {
  for (let i = 0; i < text.length; i++) {
    const cp = text.charCodeAt(i);
    const name = INVISIBLE[cp];
    if (name && (strict || cp !== 0x00a0)) return { offset: i, char: hex(cp), name };
  }
  return undefined;
}

/** The first C0/C1 control character other than tab and line feed. */
export function findControl(text: string): CharHit | undefined {
  for (let i = 0; i < text.length; i++) {
    const cp = text.charCodeAt(i);
    if ((cp < 0x20 && cp !== 0x09 && cp !== 0x0a) || (cp >= 0x7f && cp <= 0x9f)) return { offset: i, char: hex(cp), name: 'CONTROL' };
  }
  return undefined;
}
