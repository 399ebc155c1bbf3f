/**
 * The order of `npm test`: stages run one after another and stop at the first
 * failure; the layers inside one stage run side by side. Pure, so the order
 * and the summary are tested without running anything (tests/unit/scripts/lib/test-stages.test.ts).
 */

export interface Layer {
  /** What the summary calls it. */
  name: string;
  /** The npm script that runs it. */
  script: string;
}

/**
 * The type check and the unit tests need no build and write nothing the
 * others read (the fixture builds use folders of their own), so they share a
 * stage; everything after needs the build before it.
 */
export const TEST_STAGES: Layer[][] = [
  [{ name: 'type check', script: 'check' }, { name: 'unit and content tests', script: 'test:unit' }],
  [{ name: 'build', script: 'build' }],
  [{ name: 'site check', script: 'test:site' }],
  [{ name: 'browser tests', script: 'test:e2e' }],
];

export interface LayerResult {
  layer: Layer;
  /** The exit code; 0 is a pass. */
  code: number;
  seconds: number;
}

/** Runs `stages` in order with `run`, the layers of a stage at once; stops after the first stage with a failure. */
export async function runStages(stages: Layer[][], run: (layer: Layer) => Promise<LayerResult>): Promise<LayerResult[]> {
  const results: LayerResult[] = [];
  for (const stage of stages) {
    const done = await Promise.all(stage.map(run));
    results.push(...done);
    if (done.some((r) => r.code !== 0)) break;
  }
  return results;
}

/** The closing lines: each layer's time and result (or that it did not run), and the whole time. */
export function formatSummary(stages: Layer[][], results: LayerResult[], totalSeconds: number): string {
  const layers = stages.flat();
  const width = Math.max(...layers.map((l) => l.name.length));
  const failed = results.filter((r) => r.code !== 0);
  const rows = layers.map((layer) => {
    const result = results.find((r) => r.layer === layer);
    const time = result ? `${Math.round(result.seconds)} s`.padStart(6) : ''.padStart(6);
    const status = !result ? 'not run' : result.code === 0 ? 'passed' : `FAILED (exit code ${result.code})`;
    return `  ${layer.name.padEnd(width)}  ${time}  ${status}`;
  });
  const verdict = failed.length === 0 ? 'npm test: all layers passed' : `npm test: failed in ${failed.map((r) => r.layer.name).join(' and ')}`;
  return [verdict, ...rows, `  ${'total'.padEnd(width)}  ${`${Math.round(totalSeconds)} s`.padStart(6)}`].join('\n');
}
