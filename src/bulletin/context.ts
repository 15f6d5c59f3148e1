// What the bulletin template reads: the view model, the body with each paragraph's photos, the photos after the lead.
import type { ViewModel } from '../view/model.js';

/** A photo as the template shows it: the picture as a data URI ("" when there is none) and its size. */
export interface PhotoView {
  caption: string;
  file: string;
  alt: string;
  credit: string;
  src: string;
  width: number;
  height: number;
}

export function bulletinContext(vm: ViewModel, photos: PhotoView[]) {
  const pick = (ids: number[]) => ids.flatMap((i) => (photos[i] ? [photos[i]] : []));
  return { ...vm, body: vm.news.body.map((p) => ({ text: p.text, photos: pick(p.photos) })), leadPhotos: pick(vm.news.loosePhotos) };
}
