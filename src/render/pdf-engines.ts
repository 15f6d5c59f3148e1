// The two ways to make a PDF from a rendered .docx: our engine (default) or LibreOffice when asked.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { docxToPdf, layoutDocxPdf, type LaidOut, type PdfWarning, type PendingPdf } from '../engine/index.js';
import type { FileFontSource } from '../engine/fonts/source.js';
import type { PdfMeta } from '../engine/paint/paint.js';
import { writtenEntries, type ZipCaches } from './docx/zip.js';
import type { PdfCaches } from '../engine/caches.js';

export interface PdfEngine {
  name: 'builtin' | 'libreoffice';
  /** The PDF of a .docx; our engine also gives the laid-out document, for the print bundle. */
  convert(docx: Uint8Array, meta: PdfMeta, where: string): Promise<{ pdf: Uint8Array; warnings: PdfWarning[]; laidOut?: LaidOut }>;
  /** Our engine only: the .docx laid out and not painted yet, so that sibling documents can share font subsets. */
  layout?(docx: Uint8Array, meta: PdfMeta, where: string): PendingPdf & LaidOut;
}

/** Our engine, keeping what it reuses between documents in `caches` (the session's or the worker's). */
export function builtinEngine(fonts: FileFontSource, caches: PdfCaches & { zip: Pick<ZipCaches, 'written'> }): PdfEngine {
  return {
    name: 'builtin',
    // A .docx this thread has just rendered is not unzipped again: the zip writer still has its entries.
    // A .docx this thread has just rendered is not unzipped again: the zip writer's caches still have its entries.
    convert: (docx, meta, where) => docxToPdf(docx, fonts, meta, where, writtenEntries(docx, caches.zip), caches),
    layout: (docx, meta, where) => layoutDocxPdf(docx, fonts, meta, where, writtenEntries(docx, caches.zip), caches),
  };
}

/** LibreOffice, when `soffice` is on the PATH; undefined otherwise. Its PDFs carry a creation date. */
export function libreOfficeEngine(): PdfEngine | undefined {
  try {
    execFileSync('soffice', ['--version'], { stdio: 'pipe', timeout: 60000 });
  } catch {
    return undefined;
  }
  return {
    name: 'libreoffice',
    async convert(docx) {
      const dir = mkdtempSync(join(tmpdir(), 'vankien-lo-'));
      try {
        writeFileSync(join(dir, 'in.docx'), docx);
        execFileSync(
          'soffice',
          [
            '--headless',
            '--norestore',
            `-env:UserInstallation=file://${join(dir, 'profile')}`,
            '--convert-to',
            'pdf',
            '--outdir',
            dir,
            join(dir, 'in.docx'),
          ],
          { stdio: 'pipe', timeout: 180000 },
        );
        return { pdf: readFileSync(join(dir, 'in.pdf')), warnings: [] };
      } finally {
        rmSync(dir, { recursive: true, force: true });
      }
    },
  };
}
