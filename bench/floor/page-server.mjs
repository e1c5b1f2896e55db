// The floor of the cold start: a bare Node HTTP server, started as `holdfast serve` is (a Node process
// that prints its URL), serving a page that fetches one JSON number and renders it. Holdfast's start
// is measured against this one on the same machine, in the same run and the same browser.
import { createServer } from 'node:http';

const page = `<!doctype html><html lang="en"><head><meta charset="UTF-8"><title>floor</title>
<script type="module" src="/page.js"></script></head><body><div id="root"></div></body></html>`;
const script = `const reply = await fetch('/api/number', { method: 'POST' });
const { value } = await reply.json();
const out = document.createElement('output');
out.dataset.testid = 'net-worth';
out.textContent = String(value);
document.getElementById('root').append(out);`;

const server = createServer((request, response) => {
  if (request.url === '/api/number') {
    response.writeHead(200, { 'Content-Type': 'application/json' });
    response.end(JSON.stringify({ value: 1234567.89 }));
  } else if (request.url === '/page.js') {
    response.writeHead(200, { 'Content-Type': 'text/javascript' });
    response.end(script);
  } else {
    response.writeHead(200, { 'Content-Type': 'text/html; charset=utf-8' });
    response.end(page);
  }
});
server.listen(0, '127.0.0.1', () => {
  process.stdout.write(`Floor page is serving on http://127.0.0.1:${server.address().port}/?token=floor\n`);
});
process.once('SIGTERM', () => server.close(() => process.exit(0)));
