// docxtemplater module: a {%tag} whose value is a DocxImage becomes a picture in the run where the tag stands.
import { createHash } from 'node:crypto';
import { posix } from 'node:path';
import Docxtemplater from 'docxtemplater';
import { imageInfo } from '../../engine/images/info.js';
import { docUtils, XTErrors, type XTError } from './docxtemplater-internals.js';
import { drawingXml } from './drawing.js';
import { PackageParts, type XmlDocument, type Zip } from './package-parts.js';

export const IMAGE_PREFIX = '%';

export interface DocxImage {
  bytes: Uint8Array;
  format: 'png' | 'jpeg';
  cx: number; // EMU, already fitted
  cy: number;
  description: string; // alt text, e.g. "Chữ ký"
  /** Anchored behind the text at an offset from the paragraph (for a seal over a signature); inline when absent. */
  behind?: { offsetXEmu: number; offsetYEmu: number };
}

type Part = Docxtemplater.DXT.Part;
type RenderOptions = Docxtemplater.DXT.RenderOptions;
type Rendered = Docxtemplater.DXT.Rendered;

const MODULE_NAME = 'vankien-image';
/** ST_PositiveCoordinate upper bound (EMU). */
const MAX_EXTENT = 27_273_042_316_900;
/** wp:posOffset is an xsd:int. */
const MAX_OFFSET = 2_147_483_647;

function xtError(kind: keyof typeof XTErrors, message: string, properties: Record<string, unknown>): XTError {
  const err = new XTErrors[kind](message);
  err.properties = properties;
  return err;
}

function isIntIn(v: unknown, min: number, max: number): v is number {
  return typeof v === 'number' && Number.isSafeInteger(v) && v >= min && v <= max;
}

/** Why a data value cannot be rendered as an image, or undefined when it can. */
function invalidImage(v: unknown): string | undefined {
  if (typeof v !== 'object' || v === null || Array.isArray(v)) return `expected an image object, got ${typeof v}`;
  const img = v as Partial<Record<keyof DocxImage, unknown>>;
  if (!(img.bytes instanceof Uint8Array) || img.bytes.length === 0) return '"bytes" must be a non-empty Uint8Array';
  if (img.format !== 'png' && img.format !== 'jpeg') return '"format" must be "png" or "jpeg"';
  if (!isIntIn(img.cx, 1, MAX_EXTENT) || !isIntIn(img.cy, 1, MAX_EXTENT)) return '"cx" and "cy" must be positive integers (EMU)';
  if (typeof img.description !== 'string') return '"description" must be a string';
  const behind = img.behind as Record<string, unknown> | null | undefined;
  if (behind != null && (!isIntIn(behind.offsetXEmu, -MAX_OFFSET, MAX_OFFSET) || !isIntIn(behind.offsetYEmu, -MAX_OFFSET, MAX_OFFSET))) {
    return '"behind" must hold integer "offsetXEmu" and "offsetYEmu" (EMU)';
  }
  const info = imageInfo(img.bytes);
  if ('problem' in info) return `the bytes are not a usable image (${info.detail})`;
  if (info.format !== img.format) return `"format" is "${img.format}" but the bytes are ${info.format.toUpperCase()}`;
  return undefined;
}

/** The placeholder stands directly in a <w:t> of a run (<w:r>) of a paragraph (<w:p>). */
function standsInRunText(parts: Part[], index: number): boolean {
  const nearestTag = (step: number): Part | undefined => {
    for (let i = index + step; i >= 0 && i < parts.length; i += step) if (parts[i]!.type === 'tag') return parts[i];
    return undefined;
  };
  const before = nearestTag(-1);
  const after = nearestTag(1);
  return (
    before?.tag === 'w:t' &&
    before.position === 'start' &&
    after?.tag === 'w:t' &&
    after.position === 'end' &&
    docUtils.getLeftOrNull(parts, 'w:r', index) !== null &&
    docUtils.getLeftOrNull(parts, 'w:p', index) !== null
  );
}

export class ImageModule {
  readonly name = 'VankienImageModule';
  readonly prefix = IMAGE_PREFIX;
  /** docxtemplater detaches the module from pptx/xlsx documents. */
  readonly supportedFileTypes = ['docx'];
  /** Above the built-in modules (0), so postparse sees the flat token list before loops are nested. */
  readonly priority = 100;
  /** Set by docxtemplater when the zip is loaded. */
  zip: Zip | undefined;
  private xmlDocuments: Record<string, XmlDocument> | undefined;
  private docxtemplater: Docxtemplater | undefined;
  private parts: PackageParts | undefined;
  private readonly checked = new WeakSet<Part>();
  /** Image objects already validated, so a value repeated by a loop is checked once. */
  private readonly validated = new WeakSet<object>();

  /** docxtemplater calls this when one instance is attached to a second document. */
  clone(): ImageModule {
    return new ImageModule();
  }

  /** [Content_Types].xml is in xmlFileNames by default; listing it again keeps that explicit (names are deduplicated). */
  optionsTransformer(options: Docxtemplater.DXT.Options, doc: Docxtemplater): Docxtemplater.DXT.Options {
    this.docxtemplater = doc;
    (options as { xmlFileNames?: string[] }).xmlFileNames?.push(PackageParts.CONTENT_TYPES);
    return options;
  }

  set(obj: { zip?: Zip; xmlDocuments?: Record<string, XmlDocument> }): void {
    if (obj.zip) this.zip = obj.zip;
    if (obj.xmlDocuments) this.xmlDocuments = obj.xmlDocuments;
  }

  /** The third element (extra part properties) is optional at runtime but required by the typings. */
  matchers(): Array<[string, string, Record<string, unknown>]> {
    return [[this.prefix, MODULE_NAME, {}]];
  }

  /**
   * Returns { postparsed, errors } like docxtemplater's own modules (rawxml); its typings only
   * declare Part[], hence the cast.
   */
  postparse(postparsed: Part[]): Part[] {
    const errors: XTError[] = [];
    postparsed.forEach((part, index) => {
      if (part.type !== 'placeholder' || part.module !== MODULE_NAME || this.checked.has(part)) return;
      this.checked.add(part);
      if (standsInRunText(postparsed, index)) return;
      const tag = docUtils.getPartWithDelimiters(part, this.docxtemplater);
      errors.push(
        xtError('XTTemplateError', 'Image tag not in a paragraph run', {
          id: 'image_tag_not_in_run',
          xtag: part.value,
          offset: part.offset,
          explanation: `The image tag "${tag}" is not in the text of a paragraph: an image can only replace a tag typed in the body text, a table cell, a header or a footer (not in an equation, a drawing's text or a document property).`,
        }),
      );
    });
    return { postparsed, errors } as unknown as Part[];
  }

  /** docxtemplater's typings want both fields; it skips an empty value and an empty error list. */
  render(part: Part, options: RenderOptions): Rendered | null {
    if (part.module !== MODULE_NAME) return null;
    let value: unknown;
    try {
      value = options.scopeManager.getValue(part.value, { part });
      value ??= options.nullGetter?.(part, options.scopeManager);
    } catch (err) {
      return { value: '', errors: [err] };
    }
    if (value == null || value === '') return { value: '', errors: [] };
    const problem = typeof value === 'object' && this.validated.has(value) ? undefined : invalidImage(value);
    if (problem !== undefined) {
      const tag = docUtils.getPartWithDelimiters(part, this.docxtemplater);
      return {
        value: '',
        errors: [
          xtError('XTRenderingError', 'Invalid image value', {
            id: 'invalid_image_value',
            xtag: part.value,
            offset: part.offset,
            explanation: `The value of the image tag "${tag}" is not a usable image: ${problem}.`,
          }),
        ],
      };
    }
    this.validated.add(value as object);
    // Close the text element, place the drawing in the same run, reopen the text for what follows.
    return { value: `</w:t>${this.drawing(value as DocxImage, options.filePath)}<w:t xml:space="preserve">`, errors: [] };
  }

  private drawing(image: DocxImage, partPath: string): string {
    this.parts ??= this.packageParts();
    const hash = createHash('sha256').update(image.bytes).digest('hex').slice(0, 16);
    const fileName = `vk-${hash}.${image.format === 'png' ? 'png' : 'jpg'}`;
    const mediaPath = `word/media/${fileName}`;
    this.parts.addMedia(mediaPath, image.bytes);
    this.parts.ensureDefaultContentType(image.format === 'png' ? 'png' : 'jpg', `image/${image.format}`);
    const target = posix.relative(posix.dirname(partPath), mediaPath);
    const relId = this.parts.imageRelationship(partPath, target, `rIdVk${hash}`);
    const docPrId = this.parts.nextDrawingId();
    return drawingXml({
      relId,
      docPrId,
      fileName,
      cx: image.cx,
      cy: image.cy,
      description: image.description,
      behind: image.behind ?? undefined,
    });
  }

  private packageParts(): PackageParts {
    if (!this.zip || !this.xmlDocuments) throw new Error('ImageModule: docxtemplater did not provide the zip and its XML documents');
    return new PackageParts(this.zip, this.xmlDocuments);
  }
}
