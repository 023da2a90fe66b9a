'use strict';
// coap: a CoAP server and client over UDP on 127.0.0.1. GET, POST with a payload, a 4.04, and an
// observed resource whose notifications arrive as a stream.
const coap = require('coap');

const server = coap.createServer();
let temperature = 20;
server.on('request', (request, response) => {
  console.log('server got', request.method, request.url, request.payload.length ? String(request.payload) : '(no payload)');
  if (request.url === '/hello') {
    response.setOption('Content-Format', 'text/plain');
    response.end('hello, coap');
  } else if (request.url === '/echo') {
    response.code = '2.04';
    response.end(`echo:${request.payload}`);
  } else if (request.url === '/temperature' && request.headers.Observe === 0) {
    response.write(`t=${temperature}`);
    let count = 0;
    const timer = setInterval(() => {
      temperature += 1;
      response.write(`t=${temperature}`);
      if (++count === 2) {
        clearInterval(timer);
        response.end();
      }
    }, 20);
    response.on('finish', () => clearInterval(timer));
  } else {
    response.code = '4.04';
    response.end();
  }
});

function request(options, payload) {
  return new Promise((resolve, reject) => {
    const req = coap.request({ hostname: '127.0.0.1', port: server._port, ...options });
    req.on('response', resolve);
    req.on('error', reject);
    if (payload) req.write(payload);
    req.end();
  });
}

server.listen(0, '127.0.0.1', async () => {
  server._port = server._sock.address().port;
  const hello = await request({ pathname: '/hello' });
  console.log('GET /hello', hello.code, String(hello.payload), hello.headers['Content-Format']);
  const echo = await request({ pathname: '/echo', method: 'POST' }, 'ping');
  console.log('POST /echo', echo.code, String(echo.payload));
  const missing = await request({ pathname: '/nowhere' });
  console.log('GET /nowhere', missing.code);
  const observed = await request({ pathname: '/temperature', observe: true });
  const values = [];
  observed.on('data', (chunk) => {
    values.push(String(chunk));
    if (values.length === 3) {
      console.log('observed', values);
      observed.close();
      server.close(() => console.log('done'));
    }
  });
});
