// Test support: a small XML well-formedness checker (nesting, attributes, entities, namespace prefixes).

const NAME = /^[A-Za-z_\u00C0-\uFFFF][\w.\-\u00B7\u00C0-\uFFFF]*(:[A-Za-z_\u00C0-\uFFFF][\w.\-\u00B7\u00C0-\uFFFF]*)?$/;
const ENTITY = /^&(amp|lt|gt|quot|apos|#\d+|#x[0-9a-fA-F]+);/;

function checkText(text: string, where: number, problems: string[]): void {
  for (let i = text.indexOf('&'); i !== -1; i = text.indexOf('&', i + 1)) {
    if (!ENTITY.test(text.slice(i, i + 12))) problems.push(`bad entity at ${where + i}`);
  }
  if (text.includes('<')) problems.push(`"<" in text or attribute at ${where}`);
  if (/[\u0000-\u0008\u000B\u000C\u000E-\u001F]/.test(text)) problems.push(`control character at ${where}`);
}

/** Splits `name="v" name2='w'` into pairs; undefined when the syntax is wrong. */
function attributes(src: string): Array<[string, string]> | undefined {
  const out: Array<[string, string]> = [];
  let rest = src.trim();
  while (rest.length > 0) {
    const m = /^([^\s=]+)\s*=\s*("([^"]*)"|'([^']*)')\s*/.exec(rest);
    if (!m) return undefined;
    out.push([m[1]!, m[3] ?? m[4] ?? '']);
    rest = rest.slice(m[0].length);
  }
  return out;
}

/** Problems found in an XML document; an empty list means well-formed (namespaces included). */
export function xmlProblems(xml: string): string[] {
  const problems: string[] = [];
  const stack: Array<{ name: string; prefixes: Set<string> }> = [];
  let roots = 0;
  let i = 0;
  while (i < xml.length && problems.length === 0) {
    const lt = xml.indexOf('<', i);
    const text = xml.slice(i, lt === -1 ? xml.length : lt);
    if (text.trim() !== '' && stack.length === 0) problems.push(`text outside the root at ${i}`);
    checkText(text, i, problems);
    if (lt === -1) break;
    const special = [
      ['<?', '?>'],
      ['<!--', '-->'],
      ['<![CDATA[', ']]>'],
    ].find(([open]) => xml.startsWith(open!, lt));
    if (special) {
      const end = xml.indexOf(special[1]!, lt);
      if (end === -1) problems.push(`unterminated ${special[0]} at ${lt}`);
      i = end === -1 ? xml.length : end + special[1]!.length;
      continue;
    }
    const gt = xml.indexOf('>', lt);
    if (gt === -1) {
      problems.push(`unterminated tag at ${lt}`);
      break;
    }
    const raw = xml.slice(lt + 1, gt);
    i = gt + 1;
    if (raw.startsWith('/')) {
      const name = raw.slice(1).trim();
      const open = stack.pop();
      if (open?.name !== name) problems.push(`</${name}> at ${lt} closes <${open?.name ?? 'nothing'}>`);
      continue;
    }
    const selfClosing = raw.endsWith('/');
    const body = selfClosing ? raw.slice(0, -1) : raw;
    const name = /^[^\s/>]+/.exec(body)?.[0] ?? '';
    const attrs = attributes(body.slice(name.length));
    if (!NAME.test(name) || !attrs) {
      problems.push(`malformed tag <${raw}> at ${lt}`);
      break;
    }
    const prefixes = new Set(stack.at(-1)?.prefixes ?? ['xml']);
    const seen = new Set<string>();
    for (const [attr, value] of attrs) {
      if (seen.has(attr)) problems.push(`duplicate attribute ${attr} at ${lt}`);
      seen.add(attr);
      checkText(value, lt, problems);
      if (attr.startsWith('xmlns:')) prefixes.add(attr.slice(6));
    }
    const used = [name, ...[...seen].filter((a) => !a.startsWith('xmlns'))].filter((n) => n.includes(':'));
    for (const n of used) if (!prefixes.has(n.split(':')[0]!)) problems.push(`undeclared prefix in ${n} at ${lt}`);
    if (stack.length === 0) roots++;
    if (!selfClosing) stack.push({ name, prefixes });
  }
  if (stack.length > 0 && problems.length === 0) problems.push(`unclosed <${stack.at(-1)!.name}>`);
  if (roots !== 1) problems.push(`${roots} root elements`);
  return problems;
}
