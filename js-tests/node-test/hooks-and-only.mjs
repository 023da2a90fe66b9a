// node:test's module shape, hooks that fail, `only` without --test-only, a passing file.
import test, { describe, it, before, mock, run } from 'node:test';
import { events } from './fixtures/capture.mjs';

events.push(typeof test, test.test === test, typeof describe, typeof it.skip, typeof mock, typeof run);
describe('before hook fails', () => {
  before(() => { throw new Error('before failed'); });
  it('never runs', () => { events.push('ran anyway'); });
});
test.only('only without the flag', () => {});
test('context', async (t) => {
  events.push(t.name, typeof t.signal, t.signal.aborted);
  const result = t.test('not awaited', () => { events.push('sub ran'); });
  events.push(result instanceof Promise);
});
const returned = test('returns a promise', () => {});
events.push(returned instanceof Promise);
