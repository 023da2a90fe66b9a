// AbortSignal.timeout aborts with a TimeoutError DOMException from a timer that does not keep
// the process alive.
const signal = AbortSignal.timeout(5);
signal.addEventListener('abort', () => {
  const { reason } = signal;
  console.log('aborted', signal.aborted, reason.name, reason.message, reason.code, reason instanceof DOMException);
});
console.log('not yet', signal.aborted);
setTimeout(() => {
  console.log('after 50ms', signal.aborted);
  // Nothing else keeps the loop alive: this one never fires.
  const idle = AbortSignal.timeout(100000);
  idle.onabort = () => console.log('never');
  console.log('idle timeout created');
}, 50);
process.on('exit', () => console.log('exit without waiting'));
