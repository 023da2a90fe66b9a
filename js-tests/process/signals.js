// Signal listeners: process.kill() of itself reaches them with (name, number) and `this` the
// process; uncatchable signals fail as Node's uv_signal_start; a listener does not keep the
// process alive, and with its last listener gone the signal is no longer caught.
for (const name of ['SIGKILL', 'SIGSTOP']) {
  try {
    process.on(name, () => {});
  } catch (error) {
    console.log(name, error.name, error.code, error.errno, error.syscall, error.message, process.listenerCount(name));
  }
}
const keepAlive = setTimeout(() => console.log('no signal arrived'), 20000);
process.on('SIGHUP', function onHangup(...args) {
  console.log('SIGHUP listener', args, this === process);
  process.removeListener('SIGHUP', onHangup);
  process.once('SIGTERM', (...again) => {
    console.log('SIGTERM listener', again, process.listenerCount('SIGTERM'));
    clearTimeout(keepAlive);
  });
  console.log('kill SIGTERM:', process.kill(process.pid, 'SIGTERM'));
});
console.log('kill SIGHUP:', process.kill(process.pid, 1));
process.on('exit', (code) => console.log('exit', code, process.listenerCount('SIGHUP'), process.listenerCount('SIGTERM')));
