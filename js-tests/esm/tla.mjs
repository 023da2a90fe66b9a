// Top-level await: modules wait for timers and promises; the importer resumes after its
// dependencies settle, and the loop keeps running meanwhile.
import { setTimeout as sleep } from 'node:timers/promises';
import { order, value } from './fixtures/tla-dependency.mjs';

order.push('main starts');
const timer = setInterval(() => order.push('interval'), 5);
await sleep(30);
clearInterval(timer);
order.push(`after sleep (${value})`);
const results = await Promise.all([1, 2, 3].map(async (n) => { await null; return n * 2; }));
order.push(`all: ${results}`);
const { late } = await import('./fixtures/tla-late.mjs');
order.push(`dynamic: ${late}`);
process.nextTick(() => order.push('tick'));
await Promise.resolve();
order.push('end of module');
process.on('exit', (code) => {
  console.log(order.filter((entry, i) => entry !== 'interval' || order[i - 1] !== 'interval').join('\n'), code);
});
