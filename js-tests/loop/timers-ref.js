// Timeout objects: ref/unref/hasRef, clearTimeout, setInterval with clearInterval, arguments.
// Each step starts the next, so the output does not depend on how fast the script runs.
const t = setTimeout(() => console.log('never'), 10000);
console.log(t.hasRef(), t.unref() === t, t.hasRef(), t.ref() === t, t.hasRef());
clearTimeout(t);
const unrefd = setTimeout(() => console.log('unref\'d timer never fires'), 5000);
unrefd.unref();
const im = setImmediate(() => console.log('cleared immediate never runs'));
clearImmediate(im);
setImmediate((v) => {
  console.log('immediate', v);
  let n = 0;
  const iv = setInterval((a, b) => {
    n++;
    console.log('interval', n, a, b);
    if (n === 3) {
      clearInterval(iv);
      setTimeout(console.log, 5, 'timeout with', 'arguments');
    }
  }, 5, 'x', 'y');
}, 42);
