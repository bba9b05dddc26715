import { createServer } from 'node:http';

// The HTTP baseline: a bare node:http server answering a fixed small body. Whatever the
// platform does per request is measured against this ceiling of the same core and client.

const BODY = Buffer.from('{"ok":true,"serial":"OCOP-BENCH-0000"}');
const server = createServer((_req, res) => {
  res.writeHead(200, { 'content-type': 'application/json', 'content-length': BODY.length });
  res.end(BODY);
});
server.listen(Number(process.env.PORT ?? 0), '127.0.0.1', () => {
  const address = server.address();
  process.stdout.write(`bare server ready on ${typeof address === 'object' && address !== null ? address.port : ''}\n`);
});
process.once('SIGTERM', () => server.close(() => process.exit(0)));
