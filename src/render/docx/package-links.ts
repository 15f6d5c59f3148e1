// What a .docx template may point at: only parts of its own package, and web or mail hyperlinks. An
// entry named with "..", a relationship to a file elsewhere (file:, a UNC path \\server\share, an
// attached template, a linked image or object) would make Word or a converter read outside the template.
import type PizZip from 'pizzip';
import { posix } from 'node:path';

const ATTRIBUTE = (name: string) => new RegExp(`\\b${name}\\s*=\\s*(?:"([^"]*)"|'([^']*)')`);
const attr = (tag: string, name: string) => {
  const m = ATTRIBUTE(name).exec(tag);
  return m ? (m[1] ?? m[2] ?? '') : undefined;
};
const decode = (s: string) =>
  s
    .replace(/&amp;/g, '&')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'");

/** An entry name that does not stay inside the package. */
const escapes = (name: string) => name.startsWith('/') || name.includes('\\') || /^[a-z]:/i.test(name) || name.split('/').includes('..');

/** Why the template's package points outside itself (in Vietnamese, for VK601), or undefined. */
export function packageLinkProblem(zip: PizZip): string | undefined {
  for (const name of Object.keys(zip.files)) if (escapes(name)) return `có tệp con tên "${name}" nằm ngoài gói`;
  for (const [name, entry] of Object.entries(zip.files)) {
    if (entry.dir || !name.endsWith('.rels')) continue;
    const xml = entry.asText();
    // A part's relationships are in <dir>/_rels/<part>.rels; internal targets are relative to <dir>.
    const base = posix.dirname(posix.dirname(name));
    for (const tag of xml.match(/<(?:\w+:)?Relationship\b[^>]*>/g) ?? []) {
      const target = decode(attr(tag, 'Target') ?? '');
      const type = (attr(tag, 'Type') ?? '').split('/').pop() ?? '';
      if (attr(tag, 'TargetMode') === 'External') {
        if (type === 'hyperlink' && /^(https?:|mailto:)/i.test(target)) continue;
        return `liên kết "${type}" trỏ ra ngoài tệp mẫu: "${target}"`;
      }
      if (/^[a-z][a-z0-9+.-]*:/i.test(target) || target.startsWith('\\\\') || target.includes('\\'))
        return `liên kết "${type}" trỏ ra ngoài tệp mẫu: "${target}"`;
      const resolved = target.startsWith('/')
        ? posix.normalize(target.slice(1))
        : posix.normalize(posix.join(base === '.' ? '' : base, target));
      if (resolved === '..' || resolved.startsWith('../')) return `liên kết "${type}" trỏ ra ngoài gói: "${target}"`;
    }
  }
  return undefined;
}
