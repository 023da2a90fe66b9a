// Without an 'uncaughtException' listener, a listener's exception ends the process with code 1
// once the current tick is over.
const target = new EventTarget();
target.addEventListener('boom', () => {
  throw new Error('listener failed');
});
console.log('dispatch returns', target.dispatchEvent(new Event('boom')));
console.log('still running after dispatch');
process.on('exit', (code) => console.log('exit', code));
setTimeout(() => console.log('timer never runs'), 50);
