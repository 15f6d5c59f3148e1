// Sizes an image for its place in a signature block: real size, scaled down to fit the room the profile gives.
import { fitEmu, imageInfo, isImageProblem } from '../engine/images/info.js';
import { mmToEmu, type Profile } from '../profile/profile.js';
import type { DocxImage } from '../render/docx/image-module.js';
import type { ImageRole } from './pledge.js';

export function docxImage(bytes: Uint8Array, role: ImageRole, profile: Profile): DocxImage | null {
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
