// The press bulletin as a news item: headline, lead, body paragraphs with their photos, byline, metadata.
import type { RegistryValues } from '../../model/registry.js';
import type { ConferenceFile } from '../../schema/conference.js';
import type { ViewModel } from '../model.js';
import { attendanceParagraph } from './attendance.js';
import { newsContext, type NewsContext } from './context.js';
import { headlineOf, KIND_WORDS, leadOf } from './lead.js';
import { metadataOf } from './metadata.js';
import { outcomeParagraphs } from './outcomes.js';
import { photosOf, placePhotos, type Topic } from './photos.js';
import { outlookParagraphs } from './outlook.js';
import { resultParagraphs } from './results.js';
import { speechParagraphs } from './speeches.js';

interface Draft extends Topic {
  sentences: string[];
}

/** The body in the order of a news item: who attended, reports and results, speeches and difficulties, tasks, outcomes. */
function draftBody(x: NewsContext, pledgePeriod: string): Draft[] {
  const drafts: Draft[] = [];
  const add = (sentences: string[], topic: Topic['topic'], names: string[] = []) => {
    if (sentences.length) drafts.push({ sentences, topic, names });
  };
  add(attendanceParagraph(x), 'attendance');
  for (const p of resultParagraphs(x)) add(p, 'results');
  const outlook = outlookParagraphs(x);
  const speeches = speechParagraphs(x);
  const lastDiscussion = speeches.map((s) => s.discussion).lastIndexOf(true);
  speeches.forEach((s, i) => {
    add(s.sentences, 'speech', s.names);
    if (i === lastDiscussion) outlook.difficulties.forEach((d) => add(d, 'other'));
  });
  if (lastDiscussion < 0) outlook.difficulties.forEach((d) => add(d, 'other'));
  outlook.tasks.forEach((t) => add(t, 'other'));
  const recipients = (x.c.emulation?.awards ?? []).flatMap((a) => (a.recipients ?? []).map((rc) => rc.person ?? '')).filter(Boolean);
  for (const p of outcomeParagraphs(x, pledgePeriod)) add(p.sentences, p.topic, p.topic === 'awards' ? recipients : []);
  return drafts;
}

/** "./." after the last sentence, in outlets that close that way; a final "." or "…" is its first mark ("…/."). */
const closed = (text: string) => (/[.…]$/u.test(text) ? `${text}/.` : `${text}./.`);

export function newsOf(c: ConferenceFile, r: RegistryValues, vm: Omit<ViewModel, 'sections' | 'news' | 'blanks'>): ViewModel['news'] {
  const x = newsContext(c, r);
  const pledgePeriod = vm.pledge.present ? vm.pledge.period : '';
  const headline = headlineOf(x, pledgePeriod);
  const lead = leadOf(x, c.place?.province ? vm.place.province : '');
  const drafts = draftBody(x, pledgePeriod);
  const photos = photosOf(x);
  const places = placePhotos(photos, drafts);
  const body = drafts.map((d, i) => ({
    text: d.sentences.join(' '),
    photos: photos.flatMap((_, k) => (places[k] === i ? [k] : [])),
    photosBefore: [] as number[],
  }));
  const last = body[body.length - 1];
  if (last && x.closing) last.text = closed(last.text);
  // The item ends with its last sentence and the byline, as printed items do: that paragraph's photos go before it.
  if (last) [last.photosBefore, last.photos] = [last.photos, []];
  // With no body, every photo follows the lead.
  const loose = body.length ? [] : photos.map((_, k) => k);
  const leadText = !body.length && x.closing && lead ? closed(lead) : lead;
  const authors = (c.press?.authors ?? []).map((a) => a.trim()).filter(Boolean);
  const author = authors.join(' - ');
  const keywords = c.kinds.map((k) => KIND_WORDS[k]).join(', ');
  return {
    headline,
    lead: leadText,
    body,
    paragraphs: body.map((p) => p.text),
    loosePhotos: loose,
    photos,
    author,
    agency: c.press?.agency ?? '',
    keywords,
    ...metadataOf(x, { headline, lead, authors, photos, keywords }),
  };
}
