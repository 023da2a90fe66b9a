'use strict';
// Transform (transform + flush), PassThrough, pipe(), pipeline() with a callback and from
// stream/promises, finished(), and how an error in the middle of a pipeline reaches the end.
const { Readable, Writable, Transform, PassThrough, pipeline, finished } = require('stream');
const streamPromises = require('stream/promises');
const { pipeline: pipelineP, finished: finishedP } = require('node:stream/promises');

function collector(label) {
  const chunks = [];
  const w = new Writable({
    objectMode: true,
    write(chunk, encoding, callback) { chunks.push(String(chunk)); callback(); },
  });
  w.on('finish', () => console.log(label, 'collected', chunks));
  return w;
}

const upper = () => new Transform({
  transform(chunk, encoding, callback) { callback(null, String(chunk).toUpperCase()); },
  flush(callback) { this.push('[flushed]'); callback(); },
});

function withCallback() {
  return new Promise((done) => {
    pipeline(Readable.from(['a', 'b']), upper(), new PassThrough(), collector('callback'), (err) => {
      console.log('pipeline callback', err);
      done();
    });
  });
}

function failing() {
  return new Promise((done) => {
    const source = Readable.from(['x', 'y', 'z']);
    const broken = new Transform({
      objectMode: true,
      transform(chunk, encoding, callback) {
        if (chunk === 'y') callback(new Error('cannot take y'));
        else callback(null, chunk);
      },
    });
    const sink = collector('failing');
    sink.on('close', () => console.log('sink closed, destroyed', sink.destroyed));
    pipeline(source, broken, sink, (err) => {
      console.log('pipeline error', err.message, 'source destroyed', source.destroyed);
      done();
    });
  });
}

async function promises() {
  console.log('same module', streamPromises.pipeline === pipelineP);
  await pipelineP(Readable.from(['p', 'q']), upper(), collector('promise'));
  console.log('promise pipeline resolved');
  await pipelineP(
    Readable.from(['1', '2', '3']),
    async function* double(source) { for await (const chunk of source) yield chunk + chunk; },
    collector('generator stage'),
  );
  const pass = new PassThrough();
  pass.end('done');
  pass.resume();
  await finishedP(pass);
  console.log('finished resolved', pass.readableEnded);
  try {
    await pipelineP(Readable.from(['r']), new Transform({ transform(c, e, cb) { cb(new Error('bad stage')); } }), collector('never'));
  } catch (err) {
    console.log('promise pipeline rejected:', err.message);
  }
}

function piping() {
  return new Promise((done) => {
    const source = new Readable({ read() {} });
    const through = new PassThrough();
    const sink = collector('pipe');
    source.pipe(through).pipe(sink);
    source.on('end', () => console.log('source end'));
    through.on('unpipe', () => console.log('through unpiped'));
    sink.on('pipe', () => console.log('never: pipe came before listener'));
    sink.on('unpipe', () => console.log('sink unpiped'));
    source.push('one');
    source.push('two');
    source.push(null);
    finished(sink, (err) => { console.log('finished(sink)', err); done(); });
  });
}

function prematureClose() {
  return new Promise((done) => {
    const r = new Readable({ read() {} });
    finished(r, (err) => {
      console.log('premature', err.code, err.message);
      done();
    });
    r.destroy();
  });
}

(async () => {
  await withCallback();
  await failing();
  await promises();
  await piping();
  await prematureClose();
})();
