// The shaper: glyphs per character, shared between repeats of a style without kerning.
import { describe, expect, it } from 'vitest';
import { Shaper } from '../../../src/engine/layout/shape.js';
import { createFontSource } from '../../../src/engine/fonts/source.js';
import { fakeFace, run } from './ir-helpers.js';

describe('Shaper', () => {
  it('gives the same glyphs for a text shaped again, with or without the shared glyphs', () => {
    const fonts = createFontSource();
    const text = 'Hội nghị tổng kết công tác năm 2024 — “Đoàn kết”, ☃ x\u00ad y 𝔸';
    const style = { ...run(), family: 'Times New Roman' };
    const a = new Shaper(fonts);
    const first = a.shape(text, style).map((g) => ({ ...g }));
    const again = a.shape(text, style);
    expect(again.map((g) => ({ ...g }))).toEqual(first);
    // A fresh shaper with a kerning style (never shared) places the same characters.
    const kerned = new Shaper(fonts).shape(text, { ...style, kerning: true });
    expect(kerned.map((g) => [g.id, g.text])).toEqual(first.map((g) => [g.id, g.text]));
    expect(first.map((g) => g.text).join('')).toBe(text.replace('\u00ad', ''));
  });

  it("shares a repeated character's glyph only where nothing can change it (no kerning)", () => {
    const face = { ...fakeFace(), kern: (l: number, r: number) => (l === 0x41 && r === 0x56 ? -80 : 0) };
    const fonts = { face: () => face, fallbacks: () => [] };
    const plain = new Shaper(fonts).shape('AVAV', run());
    expect(plain[0]).toBe(plain[2]);
    expect(plain[0]!.advance).toBe(6);
    const kerned = new Shaper(fonts).shape('AVAV', run({ kerning: true }));
    expect(kerned[0]).not.toBe(kerned[2]);
    expect(kerned[0]!.advance).toBeCloseTo(6 - 0.96);
    expect(kerned[3]!.advance).toBe(6);
  });

  it('notes a character no face has once per style, where it first appears', () => {
    const fonts = { face: () => fakeFace(), fallbacks: () => [] };
    const s = new Shaper(fonts);
    const style = run();
    s.where = { paragraph: 1 };
    s.shape('a☃b☃', style);
    s.where = { paragraph: 2 };
    s.shape('☃', style);
    expect(s.missing).toEqual([{ char: '☃', where: { paragraph: 1 } }]);
    // Another style notes it again; layoutDocument keeps the first per character.
    s.shape('☃', run({ bold: true }));
    expect(s.missing).toEqual([
      { char: '☃', where: { paragraph: 1 } },
      { char: '☃', where: { paragraph: 2 } },
    ]);
  });
});
