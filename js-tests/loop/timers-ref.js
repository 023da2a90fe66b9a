// Timeout objects: ref/unref/hasRef, clearTimeout, setInterval with clearInterval, arguments.
const t = setTimeout(() => console.log('never'), 10000);
console.log(t.hasRef(), t.unref() === t, t.hasRef(), t.ref() === t, t.hasRef());
clearTimeout(t);
let n = 0;
const iv = setInterval((a, b) => {
  n++;
  console.log('interval', n, a, b);
  if (n === 3) clearInterval(iv);
}, 5, 'x', 'y');
setTimeout(console.log, 30, 'timeout with', 'arguments');
const unrefd = setTimeout(() => console.log('unref\'d timer never fires'), 200);
unrefd.unref();
const im = setImmediate(() => console.log('cleared immediate never runs'));
clearImmediate(im);
setImmediate((v) => console.log('immediate', v), 42);
