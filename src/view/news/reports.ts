// Each report and who presented it, then what it says.
import { lowerFirst } from '../format/index.js';
import { bare, sentenceOf, type Np } from './clause.js';
import { unitName, type NewsContext } from './context.js';
import { listSentences } from './lists.js';
import { mentionNp } from './people.js';

/** Each report and who presented it, then what it says. */
export function reportParagraphs(x: NewsContext): string[][] {
  return (x.c.reports ?? []).map((rep) => {
    const person = rep.presenter ? x.people.get(rep.presenter) : undefined;
    const unit = rep.unit ? unitName(x.r, rep.unit) : '';
    const title = lowerFirst(bare(rep.title));
    const presenter: Np | undefined = person
      ? mentionNp(x.mentions, person, x.pronoun, unit)
      : unit
        ? { text: `đại diện ${unit}` }
        : undefined;
    const first = presenter
      ? sentenceOf({ subject: presenter, verb: 'trình bày', object: title })
      : sentenceOf({ subject: { text: 'Hội nghị' }, verb: 'nghe', object: title });
    const said = (rep.summary ?? []).map(lowerFirst);
    const subject = { text: 'Báo cáo' };
    return [first, ...listSentences({ subject, verb: 'cho biết', link: 'comma' }, { subject, verb: 'cũng cho biết', link: 'comma' }, said)];
  });
}
