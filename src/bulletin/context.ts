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
  const count = vm.news.body.length;
  return {
    ...vm,
    body: vm.news.body.map((p, i) => ({ text: p.text, photos: pick(p.photos), before: pick(p.photosBefore ?? []), last: i === count - 1 })),
    leadPhotos: pick(vm.news.loosePhotos),
    // For templates written before the body had its photos (`news.paragraphs` with `lookup ../photos @index`):
    // the n-th photo after the n-th paragraph, the rest at the end.
    photos: photos.slice(0, count),
    extraPhotos: photos.slice(count),
  };
}
