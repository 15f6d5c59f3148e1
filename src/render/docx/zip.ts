// Deterministic .docx packaging: every zip entry gets one fixed date, so equal input gives equal bytes.
import PizZip from 'pizzip';

/** 1980-01-01, the earliest date a zip can hold; SOURCE_DATE_EPOCH overrides it. */
export function fixedZipDate(env: NodeJS.ProcessEnv = process.env): Date {
  const epoch = Number(env.SOURCE_DATE_EPOCH);
  return Number.isFinite(epoch) && epoch > 315532800 ? new Date(epoch * 1000) : new Date(Date.UTC(1980, 0, 1, 0, 0, 0));
}

/** The zip as bytes, entries in name order, each stamped with `date`, deflated. */
export function packZip(zip: PizZip, date: Date): Uint8Array {
  const out = new PizZip();
  for (const name of Object.keys(zip.files).sort()) {
    const entry = zip.files[name];
    if (!entry || entry.dir) continue;
    out.file(name, entry.asUint8Array(), { date, binary: true });
  }
  return out.generate({ type: 'uint8array', compression: 'DEFLATE', compressionOptions: { level: 6 } });
}
