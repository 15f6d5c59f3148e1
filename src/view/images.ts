// Sizes an image for its place in a document: a signature block (real size, scaled down to fit the room the
// profile gives) or a bulletin photo; images larger than their place needs are scaled down first.
import { EMU_PER_INCH, fitEmu, imageInfo, isImageProblem, type ImageProblem } from '../engine/images/info.js';
import { shrinkImage, type ShrunkImages } from '../engine/images/shrink.js';
import { mmToEmu, type Profile } from '../profile/profile.js';
import type { DocxImage } from '../render/docx/image-module.js';
import type { ImageRole } from './pledge.js';

/** Longest side of a bulletin photo, in pixels: sharp across a page or a wide screen. */
export const PHOTO_MAX_PX = 1600;
/** Resolution a signature or seal keeps at its printed size. */
export const PRINT_DPI = 300;

/** A bulletin photo no larger than PHOTO_MAX_PX on a side, or what is wrong with it; `shrunk`: the caller's cache (none by default). */
export function photoBytes(bytes: Uint8Array, shrunk?: ShrunkImages): Uint8Array | ImageProblem {
  return shrinkImage(bytes, { maxWidthPx: PHOTO_MAX_PX, maxHeightPx: PHOTO_MAX_PX }, shrunk);
}

/** The box (EMU) a signature or seal is fitted into. */
function boxEmu(role: ImageRole, profile: Profile): { cx: number; cy: number } {
  if (role === 'signature')
    return { cx: mmToEmu(profile.signature_box_mm.width.value), cy: mmToEmu(profile.signature_box_mm.height.value) };
  const seal = mmToEmu(profile.seal_mm.size.value);
  return { cx: seal, cy: seal };
}

/** A signature or seal with no more pixels than its printed size at PRINT_DPI, or what is wrong with it. */
export function signImageBytes(bytes: Uint8Array, role: ImageRole, profile: Profile, shrunk?: ShrunkImages): Uint8Array | ImageProblem {
  const info = imageInfo(bytes);
  if (isImageProblem(info)) return info;
  const box = boxEmu(role, profile);
  const { cx, cy } = fitEmu(info, box.cx, box.cy);
  const px = (emu: number) => Math.max(1, Math.ceil((emu / EMU_PER_INCH) * PRINT_DPI));
  return shrinkImage(bytes, { maxWidthPx: px(cx), maxHeightPx: px(cy) }, shrunk);
}

/** A signature or seal as the template's image tag places it; `shrunk`: the caller's cache of scaled images (none by default). */
export function docxImage(original: Uint8Array, role: ImageRole, profile: Profile, shrunk?: ShrunkImages): DocxImage | null {
  const bytes = signImageBytes(original, role, profile, shrunk);
  if ('problem' in bytes) return null;
  const info = imageInfo(bytes);
  if (isImageProblem(info)) return null;
  const box = profile.signature_box_mm;
  if (role === 'signature') {
    const { cx, cy } = fitEmu(info, mmToEmu(box.width.value), mmToEmu(box.height.value));
    return { bytes, format: info.format, cx, cy, description: 'Chữ ký' };
  }
  const seal = mmToEmu(profile.seal_mm.size.value);
  const { cx, cy } = fitEmu(info, seal, seal);
  // The seal covers about a third of the signature on its left (NĐ 30/2020 appendix), behind the text.
  const cell = mmToEmu((profile.page.width_mm.value - profile.margins_mm.left.value - profile.margins_mm.right.value) / 2);
  const signatureWidth = mmToEmu(box.width.value);
  const offsetXEmu = Math.max(0, Math.round(cell / 2 - signatureWidth / 2 - (cx * 2) / 3));
  const offsetYEmu = Math.round((mmToEmu(box.height.value) - cy) / 2);
  return { bytes, format: info.format, cx, cy, description: 'Dấu', behind: { offsetXEmu, offsetYEmu } };
}
