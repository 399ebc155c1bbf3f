// `npm test`: every test layer (scripts/lib/test-stages.ts), stopping at the
// first failing stage, then a summary with the time of each layer. A layer that
// runs alone prints as it goes; layers that run side by side print whole, one
// after the other, so their lines never interleave.
import { spawn } from 'node:child_process';
import { formatSummary, runStages, TEST_STAGES, type Layer, type LayerResult } from './lib/test-stages.ts';

const NPM = process.platform === 'win32' ? 'npm.cmd' : 'npm';

function runLayer(layer: Layer, alone: boolean): Promise<LayerResult> {
  const started = performance.now();
  return new Promise((resolve) => {
    const child = spawn(NPM, ['run', '--silent', layer.script], { stdio: alone ? 'inherit' : ['ignore', 'pipe', 'pipe'] });
    const output: Buffer[] = [];
    child.stdout?.on('data', (chunk: Buffer) => output.push(chunk));
    child.stderr?.on('data', (chunk: Buffer) => output.push(chunk));
    const finish = (code: number) => {
      if (!alone) process.stdout.write(`\n── ${layer.name} (npm run ${layer.script}) ──\n${Buffer.concat(output).toString()}`);
      resolve({ layer, code, seconds: (performance.now() - started) / 1000 });
    };
    child.on('error', (error) => { output.push(Buffer.from(`${error.message}\n`)); finish(1); });
    child.on('close', (code, signal) => finish(code ?? (signal ? 1 : 0)));
  });
}

const started = performance.now();
const results = await runStages(TEST_STAGES, (layer) => {
  const alone = TEST_STAGES.find((stage) => stage.includes(layer))!.length === 1;
  if (alone) console.log(`\n── ${layer.name} (npm run ${layer.script}) ──`);
  return runLayer(layer, alone);
});
console.log(`\n${formatSummary(TEST_STAGES, results, (performance.now() - started) / 1000)}`);
process.exitCode = results.some((r) => r.code !== 0) ? 1 : 0;
