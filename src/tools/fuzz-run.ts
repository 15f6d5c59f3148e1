// The command-line run shared by the file fuzzers (images, templates): [cases] [seed] from the
// arguments, each case's outcome counted, the first fault shown with its seed and replay path.
import fc from 'fast-check';

export async function runFuzzer<C, O extends string>(
  arb: fc.Arbitrary<C>,
  check: (c: C) => Promise<O>,
  defaultCases: number,
): Promise<number> {
  const [casesArg, seedArg] = process.argv.slice(2);
  const cases = casesArg === undefined ? defaultCases : Number(casesArg);
  const seed = seedArg === undefined ? 1 : Number(seedArg);
  const stats = new Map<O, number>();
  const started = performance.now();
  const details = await fc.check(
    fc.asyncProperty(arb, async (c) => {
      const outcome = await check(c);
      stats.set(outcome, (stats.get(outcome) ?? 0) + 1);
    }),
    { numRuns: cases, seed },
  );
  if (details.failed)
    console.log(
      `Fault: seed ${seed}, path "${details.counterexamplePath}"\n${String(details.errorInstance)}\n  case: ${JSON.stringify(details.counterexample?.[0])}`,
    );
  const counts = [...stats].map(([k, n]) => `${k}: ${n}`).join(', ');
  console.log(
    `cases: ${details.numRuns}, failures: ${details.failed ? 1 : 0}, ${counts}, seed: ${seed}, elapsed: ${((performance.now() - started) / 1000).toFixed(1)} s`,
  );
  return details.failed ? 1 : 0;
}
