'use strict';
// console.time / timeLog / timeEnd durations (with a scripted clock), console.count / countReset,
// and the warnings for unknown or repeated labels.
const warnings = [];
process.on('warning', (warning) => warnings.push(`${warning.name}: ${warning.message}`));

let now = 0n;
process.hrtime = function hrtime(previous) {
  const time = [Number(now / 1000000000n), Number(now % 1000000000n)];
  if (!previous) return time;
  let seconds = time[0] - previous[0];
  let nanos = time[1] - previous[1];
  if (nanos < 0) {
    seconds--;
    nanos += 1e9;
  }
  return [seconds, nanos];
};

for (const elapsed of [0n, 1n, 1000n, 50000n, 1200000n, 123456789n, 999999n, 999999500n, 999999999n,
  1000000000n, 1002000000n, 59999000000n, 60000000000n, 61500000000n, 3599999000000n, 3600000000000n,
  3723456000000n, 36000000000000n]) {
  console.time('t');
  now += elapsed;
  console.timeLog('t', 'extra', { a: 1 });
  console.timeEnd('t');
}
console.time();
console.timeLog();
console.timeEnd();
console.timeEnd();
console.timeLog('nope', 1);
console.time('x');
console.time('x');
console.timeEnd('x');
console.time(123);
console.timeEnd(123);
console.time({});
console.timeEnd('[object Object]');

console.count();
console.count();
console.count('a');
console.countReset();
console.count();
console.countReset('zz');
console.count(null);
console.count(undefined);
console.count({});
console.count('%s');

setImmediate(() => {
  for (const warning of warnings) console.log(warning);
});
