// getPriority/setPriority: argument checks and the kernel's answers for this process.
const os = require('os');
function show(label, fn) {
  try {
    console.log(label, 'ok', fn());
  } catch (e) {
    console.log(label, e.name, e.code, e.message);
  }
}
const mine = os.getPriority();
console.log(Number.isInteger(mine), mine >= -20 && mine <= 19, os.getPriority(0) === mine);
console.log(Number.isInteger(os.getPriority(process.pid)));
show('pid string', () => os.getPriority('x'));
show('pid fraction', () => os.getPriority(1.5));
show('pid too big', () => os.getPriority(2 ** 31));
show('pid null', () => os.getPriority(null));
show('no such pid', () => os.getPriority(-1));
show('set priority range', () => os.setPriority(0, 20));
show('set priority low', () => os.setPriority(-21));
show('set priority fraction', () => os.setPriority(0, 19.5));
show('set priority string', () => os.setPriority('x'));
show('set two args string', () => os.setPriority(0, 'x'));
show('set undefined', () => os.setPriority(undefined));
show('set pid fraction', () => os.setPriority(1.5, 0));
show('set no such pid', () => os.setPriority(-1, 0));
show('set same value', () => os.setPriority(mine));
show('set same value, pid 0', () => os.setPriority(0, mine));
console.log(os.getPriority() === mine);
try {
  os.getPriority(-1);
} catch (e) {
  console.log(Object.keys(e), e.errno, e.syscall, JSON.stringify(e.info));
  console.log(e.stack.split('\n')[0]);
  console.log(String(e));
  e.errno = 5;
  console.log(e.info.errno);
}
