import { describe, expect, it } from 'vitest';
import { formatSummary, runStages, TEST_STAGES, type Layer } from '../../../../scripts/lib/test-stages';

const a: Layer = { name: 'first', script: 'a' };
const b: Layer = { name: 'second', script: 'b' };
const c: Layer = { name: 'after', script: 'c' };
const STAGES = [[a, b], [c]];

describe('runStages', () => {
  it('starts the layers of a stage together and the next stage only when they have all passed', async () => {
    const events: string[] = [];
    let releaseA = () => {};
    const results = await runStages(STAGES, async (layer) => {
      events.push(`start ${layer.script}`);
      if (layer === a) await new Promise<void>((resolve) => (releaseA = resolve));
      if (layer === b) releaseA();
      events.push(`end ${layer.script}`);
      return { layer, code: 0, seconds: 1 };
    });
    expect(events).toEqual(['start a', 'start b', 'end b', 'end a', 'start c', 'end c']);
    expect(results.map((r) => r.layer.script)).toEqual(['a', 'b', 'c']);
  });

  it('stops after a stage in which any layer failed', async () => {
    const ran: string[] = [];
    const results = await runStages(STAGES, async (layer) => {
      ran.push(layer.script);
      return { layer, code: layer === b ? 2 : 0, seconds: 1 };
    });
    expect(ran).toEqual(['a', 'b']);
    expect(results.map((r) => r.code)).toEqual([0, 2]);
  });
});

describe('formatSummary', () => {
  it('names the failed layer, gives each layer its time and says what did not run', () => {
    const summary = formatSummary(STAGES, [{ layer: a, code: 0, seconds: 12.4 }, { layer: b, code: 2, seconds: 20.6 }], 21);
    expect(summary.split('\n')).toEqual([
      'npm test: failed in second',
      '  first     12 s  passed',
      '  second    21 s  FAILED (exit code 2)',
      '  after           not run',
      '  total     21 s',
    ]);
  });

  it('says so when every layer passed', () => {
    expect(formatSummary([[a]], [{ layer: a, code: 0, seconds: 3 }], 3).split('\n')[0]).toBe('npm test: all layers passed');
  });
});

describe('TEST_STAGES', () => {
  it('builds before the layers that read dist/, and runs every test script once', () => {
    const order = TEST_STAGES.map((stage) => stage.map((l) => l.script));
    const stageOf = (script: string) => order.findIndex((stage) => stage.includes(script));
    expect(stageOf('build')).toBeLessThan(stageOf('test:site'));
    expect(stageOf('test:site')).toBeLessThan(stageOf('test:e2e'));
    expect(order.flat().sort()).toEqual(['build', 'check', 'test:e2e', 'test:site', 'test:unit']);
  });
});
