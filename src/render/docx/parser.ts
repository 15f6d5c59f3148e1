// Tag parser for templates: plain names and dotted paths only, own properties only — templates run no code.

export const TAG_PATTERN = /^(\.|[A-Za-z_][A-Za-z0-9_]*(\.([A-Za-z_][A-Za-z0-9_]*|[0-9]+))*)$/;

/** Resolves `a.b.0` in one scope; undefined when any step is missing (the caller tries outer scopes). */
export function resolvePath(scope: unknown, tag: string): unknown {
  if (tag === '.') return scope;
  let value = scope;
  for (const step of tag.split('.')) {
    if (value === null || typeof value !== 'object' || !Object.prototype.hasOwnProperty.call(value, step)) return undefined;
    value = (value as Record<string, unknown>)[step];
  }
  return value;
}

/** docxtemplater's `parser` option. Tags that are not plain paths resolve to nothing (the lint reports them). */
export function pathParser(tag: string) {
  const clean = tag.trim();
  const ok = TAG_PATTERN.test(clean);
  return { get: (scope: unknown) => (ok ? resolvePath(scope, clean) : undefined) };
}
