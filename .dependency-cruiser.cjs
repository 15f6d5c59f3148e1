// Import layering of src/, checked in `npm test` (test/architecture/layers.test.ts) and by hand with
// `npx depcruise src`. Type-only imports count as imports.
//   - The engine (readers → IR → layout → paint, fonts) knows nothing of the app: it imports only
//     itself and src/util/ (npm packages and Node built-ins are fine).
//   - src/util/ is the bottom layer: it imports nothing else of the project.
//   - No folder imports a folder that imports it back, directly or around a loop (dependency-cruiser
//     does not count a folder and its own subfolder as a loop: view/ and view/news/ import each other).
// KNOWN lists today's violations, each to be removed when its cause is: a new violation fails.

const ENGINE = 'engine';

const KNOWN = {
  /** Engine modules that still reach outside the engine. */
  engine: [],
  /** Folders still on an import loop with another folder. */
  folderCycles: [],
};

const anyOf = (patterns) => patterns.join('|') || '^$';

/** @type {import('dependency-cruiser').IConfiguration} */
module.exports = {
  forbidden: [
    {
      name: 'engine-boundary',
      comment: `src/${ENGINE} imports only src/${ENGINE} and src/util.`,
      severity: 'error',
      from: { path: `^src/${ENGINE}/`, pathNot: anyOf(KNOWN.engine) },
      to: { path: '^src/', pathNot: `^src/(${ENGINE}|util)/` },
    },
    {
      name: 'util-imports-nothing',
      comment: 'src/util imports nothing else of the project.',
      severity: 'error',
      from: { path: '^src/util/' },
      to: { path: '^src/', pathNot: '^src/util/' },
    },
    {
      name: 'no-folder-cycles',
      comment: 'No folder imports one that imports it back, directly or around a loop.',
      severity: 'error',
      scope: 'folder',
      from: { path: '^src/', pathNot: anyOf(KNOWN.folderCycles.map((f) => `^src/${f}$`)) },
      to: { circular: true },
    },
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    tsPreCompilationDeps: true,
    tsConfig: { fileName: 'tsconfig.json' },
  },
};
