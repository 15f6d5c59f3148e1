// A small GIF written without compression (one literal LZW code per pixel): test and fuzzer input, no binary committed.
/**
 * A GIF89a whose LZW data holds one literal code per pixel (a clear code every 200 codes keeps the
 * codes 9 bits wide): a valid file a decoder must read like any other. `indexes` are palette
 * indexes, row by row in display order; `interlace` writes the rows in GIF's interlaced order.
 */
export function literalGif(o: {
  width: number;
  height: number;
  palette: number[][];
  indexes: number[];
  transparent?: number;
  interlace?: boolean;
  frames?: number;
}): Uint8Array {
  const { width: w, height: h } = o;
  const table = Array.from({ length: 256 }, (_, i) => o.palette[i] ?? [0, 0, 0]).flat();
  const order = o.interlace
    ? [
        [0, 8],
        [4, 8],
        [2, 4],
        [1, 2],
      ].flatMap(([s, step]) => {
        const r: number[] = [];
        for (let y = s!; y < h; y += step!) r.push(y);
        return r;
      })
    : Array.from({ length: h }, (_, y) => y);
  const codes: number[] = [256];
  let since = 0;
  for (const y of order)
    for (let x = 0; x < w; x++) {
      if (since === 200) {
        codes.push(256);
        since = 0;
      }
      codes.push(o.indexes[y * w + x] ?? 0);
      since++;
    }
  codes.push(257);
  const bytes: number[] = [];
  let acc = 0;
  let bits = 0;
  for (const c of codes) {
    acc |= c << bits;
    bits += 9;
    while (bits >= 8) {
      bytes.push(acc & 255);
      acc >>>= 8;
      bits -= 8;
    }
  }
  if (bits > 0) bytes.push(acc & 255);
  const blocks: number[] = [];
  for (let i = 0; i < bytes.length; i += 255) {
    const part = bytes.slice(i, i + 255);
    blocks.push(part.length, ...part);
  }
  blocks.push(0);
  const le = (n: number) => [n & 255, n >> 8];
  const gce = o.transparent !== undefined ? [0x21, 0xf9, 4, 1, 0, 0, o.transparent, 0] : [];
  const frame = [...gce, 0x2c, 0, 0, 0, 0, ...le(w), ...le(h), o.interlace ? 0x40 : 0, 8, ...blocks];
  const frames = Array.from({ length: o.frames ?? 1 }, () => frame).flat();
  return Uint8Array.from([...Buffer.from('GIF89a', 'latin1'), ...le(w), ...le(h), 0xf7, 0, 0, ...table, ...frames, 0x3b]);
}
