// Signature blocks of the minutes: authority line, position, room for the signature, the name.
import type { ConferenceFile, SignerData } from '../schema/conference.js';
import { BLANK, upperVi } from './format/index.js';
import type { PersonRef } from './people.js';

export interface SignerView {
  authority: string; // "T/M CỤM THI ĐUA" or ""
  title: string; // "THƯ KÝ", "CHỦ TRÌ HỘI NGHỊ", "PHÓ TRƯỞNG BAN"
  name: string; // the name, or a dotted blank
}

function signerView(s: SignerData | undefined, title: string, fallback: PersonRef | undefined, people: Map<string, PersonRef>): SignerView {
  const person = s?.person ? people.get(s.person) : undefined;
  return {
    authority: s?.authority ? upperVi(s.authority) : '',
    title: s?.position ? upperVi(s.position) : title,
    name: s?.name ?? person?.name ?? (s ? undefined : fallback?.name) ?? BLANK,
  };
}

/** The minutes' two signatures: the secretary on the left, the chair on the right, unless the data says otherwise. */
export function minutesSigners(
  c: ConferenceFile,
  people: Map<string, PersonRef>,
  secretary: PersonRef | undefined,
  chair: PersonRef | undefined,
) {
  const [left, right] = c.documents?.minutes?.signers ?? [];
  return {
    left: signerView(left, 'THƯ KÝ', secretary, people),
    right: signerView(right, 'CHỦ TRÌ HỘI NGHỊ', chair, people),
  };
}
