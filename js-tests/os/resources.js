// cpus, memory, load and uptime: shapes and invariants (the values are the machine's).
const os = require('os');
const cpus = os.cpus();
console.log(Array.isArray(cpus), cpus.length > 0);
const cpu = cpus[0];
console.log(Object.keys(cpu), Object.keys(cpu.times), typeof cpu.model, typeof cpu.speed);
console.log(cpus.every((c) => Number.isInteger(c.speed) && c.speed >= 0 &&
  Object.values(c.times).every((t) => Number.isInteger(t) && t >= 0 && t % 10 === 0)));
const parallelism = os.availableParallelism();
console.log(Number.isInteger(parallelism), parallelism >= 1, parallelism <= cpus.length);
const total = os.totalmem();
const free = os.freemem();
console.log(Number.isInteger(total), Number.isInteger(free), total > 0, free > 0, free <= total,
  total % 1024 === 0, free % 1024 === 0);
const load = os.loadavg();
console.log(Array.isArray(load), load.length, load.every((n) => typeof n === 'number' && n >= 0));
const up = os.uptime();
console.log(typeof up, up > 0, `${os.uptime}` > 0);
