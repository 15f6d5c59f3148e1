// The command and its worker threads start without TypeBox (about 250 modules): TypeBox is the source
// of the schemas, but only `npm run schema`, tools and tests load it; the runtime reads generated code.
import { readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';
import { REPO } from './support/fixtures.js';

/** Where the runtime starts: the command (bin/vankien.js runs dist/cli/main.js) and the worker threads. */
const ENTRIES = ['src/cli/main.ts', 'src/orchestration/worker.ts'];
/** Imports whose target is computed at run time, so no walk can follow them; each one checked by hand. */
const COMPUTED: string[] = [];

interface Graph {
  files: Set<string>;
  /** Package imports, each with the chain of files that first reaches it. */
  packages: Map<string, string>;
  computed: Set<string>;
}

/**
 * Module specifiers a file loads at run time. Conservative: every import but `import type` (or one
 * whose names are all `type`) counts, even one tsc would drop because its names serve only as types;
 * write `import type` for those.
 */
function specifiersOf(file: string): { literal: string[]; computed: boolean } {
  const source = ts.createSourceFile(file, readFileSync(file, 'utf8'), ts.ScriptTarget.ES2022, true, ts.ScriptKind.TS);
  const out: string[] = [];
  let computed = false;
  const typeOnly = (clause: ts.ImportClause | undefined) =>
    !!clause &&
    (clause.isTypeOnly ||
      (!clause.name &&
        !!clause.namedBindings &&
        ts.isNamedImports(clause.namedBindings) &&
        clause.namedBindings.elements.length > 0 &&
        clause.namedBindings.elements.every((e) => e.isTypeOnly)));
  const visit = (node: ts.Node): void => {
    if (ts.isImportDeclaration(node) && ts.isStringLiteral(node.moduleSpecifier) && !typeOnly(node.importClause))
      out.push(node.moduleSpecifier.text);
    if (ts.isExportDeclaration(node) && node.moduleSpecifier && ts.isStringLiteral(node.moduleSpecifier) && !node.isTypeOnly)
      out.push(node.moduleSpecifier.text);
    if (
      ts.isCallExpression(node) &&
      (node.expression.kind === ts.SyntaxKind.ImportKeyword || (ts.isIdentifier(node.expression) && node.expression.text === 'require'))
    ) {
      const arg = node.arguments[0];
      if (arg && ts.isStringLiteralLike(arg)) out.push(arg.text);
      else computed = true;
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  return { literal: out, computed };
}

/** Every source file the entries load, following relative imports (`./x.js` is compiled from `./x.ts`). */
function walk(entries: string[]): Graph {
  const graph: Graph = { files: new Set(), packages: new Map(), computed: new Set() };
  /** How each file was first reached, to show the chain of a forbidden import. */
  const parent = new Map<string, string>();
  const chain = (file: string): string => {
    const up = parent.get(file);
    return (up ? `${chain(up)} → ` : '') + relative(REPO, file);
  };
  const queue = entries.map((e) => join(REPO, e));
  for (let file = queue.shift(); file; file = queue.shift()) {
    if (graph.files.has(file)) continue;
    graph.files.add(file);
    const { literal, computed } = specifiersOf(file);
    if (computed) graph.computed.add(relative(REPO, file));
    for (const spec of literal) {
      if (spec.startsWith('.')) {
        const target = resolve(dirname(file), spec).replace(/\.js$/, '.ts');
        if (!parent.has(target) && !graph.files.has(target)) parent.set(target, file);
        queue.push(target);
      } else if (!spec.startsWith('node:') && !graph.packages.has(spec)) graph.packages.set(spec, chain(file));
    }
  }
  return graph;
}

describe('runtime imports', () => {
  const graph = walk(ENTRIES);
  const reached = (f: string) => graph.files.has(join(REPO, f));

  it('follows the whole graph: checks, profile, rendering and every command are reached', () => {
    for (const f of [
      'src/validate/schema.ts',
      'src/validate/project.ts',
      'src/validate/text.ts',
      'src/profile/profile.ts',
      'src/orchestration/conference.ts',
      'src/cli/commands/new.ts',
      'src/cli/commands/watch.ts',
      'src/view/probe.ts',
    ])
      expect(reached(f), f).toBe(true);
    expect(graph.packages.has('yaml')).toBe(true);
  });

  it('loads no module of @sinclair/typebox', () => {
    const typebox = [...graph.packages].filter(([spec]) => spec.startsWith('@sinclair/typebox')).map(([spec, from]) => `${spec} (${from})`);
    expect(typebox).toEqual([]);
  });

  it('reads the schemas generated from TypeBox, not the TypeBox modules', () => {
    const typeboxSources = [...graph.files]
      .map((f) => relative(REPO, f))
      .filter((f) => /^src\/(schema\/(index|common|conference|cluster|units)|profile\/schema)\.ts$/.test(f));
    expect(typeboxSources).toEqual([]);
    expect(reached('src/schema/schema.generated.ts')).toBe(true);
    expect(reached('src/profile/check.generated.ts')).toBe(true);
  });

  it('loads only packages that package.json declares (a transitive one could vanish with an update)', () => {
    const pkg = JSON.parse(readFileSync(join(REPO, 'package.json'), 'utf8')) as { dependencies: Record<string, string> };
    const nameOf = (spec: string) =>
      spec
        .split('/')
        .slice(0, spec.startsWith('@') ? 2 : 1)
        .join('/');
    const undeclared = [...graph.packages]
      .filter(([spec]) => !(nameOf(spec) in pkg.dependencies))
      .map(([spec, from]) => `${spec} (${from})`);
    expect(undeclared).toEqual([]);
    // Loaded by name at run time (fontkit's WOFF2 decoder, src/engine/fonts/lazy-brotli.ts), so no walk sees it.
    expect(readFileSync(join(REPO, 'src/engine/fonts/lazy-brotli.ts'), 'utf8')).toContain("load('brotli/decompress.js')");
    expect(pkg.dependencies.brotli).toBeDefined();
  });

  it('has no other import whose target is computed at run time', () => {
    expect([...graph.computed].sort()).toEqual(COMPUTED);
  });
});
