// What the meeting said lies ahead: tasks for the coming period and difficulties raised.
import { lowerFirst } from '../format/index.js';
import type { NewsContext } from './context.js';
import { handful, roomAfter } from './handful.js';
import { listSentences, paragraphsOf } from './lists.js';

/** "Hội nghị đề ra nhiệm vụ thời gian tới: …" and "Hội nghị cũng nêu một số khó khăn, vướng mắc: …". */
function listParagraph(items: readonly string[], verb: string, again: string): string[] {
  const subject = { text: 'Hội nghị' };
  const first = { subject, verb, link: 'colon' as const };
  const shown = handful(items, roomAfter(first)).map(lowerFirst);
  return listSentences(first, { subject, verb: again, link: 'colon' }, shown, items.length > shown.length);
}

export function outlookParagraphs(x: NewsContext): { difficulties: string[][]; tasks: string[][] } {
  return {
    difficulties: paragraphsOf(listParagraph(x.c.difficulties ?? [], 'cũng nêu một số khó khăn, vướng mắc', 'còn nêu')),
    tasks: paragraphsOf(listParagraph(x.c.tasks ?? [], 'đề ra nhiệm vụ thời gian tới', 'cũng đề ra nhiệm vụ')),
  };
}
