// Shapes in the content stream: outlines, fills, dashes, curves, and behind-text objects painted first.
import { describe, expect, it } from 'vitest';
import type { Box } from '../../../src/engine/layout/boxes.js';
import { pageContent } from '../../../src/engine/paint/content.js';

const paint = (boxes: Box[]) => pageContent({ width: 200, height: 100, boxes }, { fonts: new Map(), images: new Map() });

describe('painting shapes', () => {
  it('fills and outlines a rectangle in one path, in PDF coordinates (y up from the bottom)', () => {
    const content = paint([
      {
        kind: 'shape',
        geometry: 'rect',
        x: 10,
        y: 20,
        width: 30,
        height: 40,
        fill: 'FFF2CC',
        stroke: { width: 1.5, color: 'C00000' },
        behindText: false,
      },
    ]);
    expect(content).toBe('1 0.949 0.8 rg\n1.5 w\n0.753 0 0 RG\n10 40 30 40 re B\n');
  });

  it('strokes only, fills only, and dashes in proportion to the width, restoring the solid pattern', () => {
    const content = paint([
      {
        kind: 'shape',
        geometry: 'rect',
        x: 0,
        y: 0,
        width: 10,
        height: 10,
        stroke: { width: 1, color: '000000', dash: 'dash' },
        behindText: false,
      },
      { kind: 'shape', geometry: 'rect', x: 0, y: 0, width: 10, height: 10, fill: '000000', behindText: false },
      { kind: 'line', x1: 0, y1: 50, x2: 100, y2: 50, width: 2, color: '000000', dash: 'dot' },
    ]);
    expect(content.split('\n')).toEqual([
      '[4 3] 0 d 0 90 10 10 re S [] 0 d',
      '0 90 10 10 re f',
      '2 w',
      '[2 2] 0 d 0 50 m 100 50 l S [] 0 d',
      '',
    ]);
  });

  it('draws an ellipse and a rounded rectangle as closed Bézier paths within their box', () => {
    const content = paint([
      { kind: 'shape', geometry: 'ellipse', x: 0, y: 0, width: 100, height: 50, stroke: { width: 1, color: '000000' }, behindText: false },
      {
        kind: 'shape',
        geometry: 'roundRect',
        x: 0,
        y: 0,
        width: 60,
        height: 30,
        radius: 5,
        stroke: { width: 1, color: '000000' },
        behindText: false,
      },
    ]);
    const [ellipse, round] = content.trim().split('\n');
    // Four quarter arcs meeting at the box's edge midpoints: (50,50) bottom, (100,75) right, (50,100) top, (0,75) left.
    expect(ellipse).toMatch(
      /^50 50 m 50 50 l [\d. ]+ 100 75 c 100 75 l [\d. ]+ 50 100 c 50 100 l [\d. ]+ 0 75 c 0 75 l [\d. ]+ 50 50 c h S$/,
    );
    expect(ellipse?.match(/ c/g)).toHaveLength(4);
    // Straight edges between corners 5 pt in: from (5,70) to (55,70) along the bottom.
    expect(round).toMatch(/^5 70 m 55 70 l .* c 60 95 l .* c 5 100 l .* c 0 75 l .* c h S$/);
  });

  it('paints behind-text shapes and lines before the text and other boxes, in their order', () => {
    const content = paint([
      { kind: 'line', x1: 0, y1: 10, x2: 10, y2: 10, width: 1, color: '000000' },
      { kind: 'shape', geometry: 'rect', x: 0, y: 0, width: 10, height: 10, fill: '00FF00', behindText: true },
      { kind: 'line', x1: 0, y1: 20, x2: 10, y2: 20, width: 1, color: '0000FF', behindText: true },
    ]);
    expect(content.split('\n')).toEqual([
      '0 1 0 rg',
      '0 90 10 10 re f',
      '0 0 1 RG',
      '0 80 m 10 80 l S',
      '0 0 0 RG',
      '0 90 m 10 90 l S',
      '',
    ]);
  });
});
