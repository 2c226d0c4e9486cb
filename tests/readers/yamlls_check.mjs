#!/usr/bin/env node
// Validate YAML files against a JSON Schema the way editors do: drive the real
// yaml-language-server over stdio (LSP), open each file, print the diagnostics it publishes.
// No CLI of the server does this. No dependency but yaml-language-server itself.
//   node yamlls_check.mjs SCHEMA.json FILE.yaml...   (the schema associated with the files, as an
//                                                     editor's yaml.schemas setting does)
//   node yamlls_check.mjs - FILE.yaml...             (no association: each file's own
//                                                     "# yaml-language-server: $schema=..." line)
// Prints one JSON line per file {file, diagnostics:[{line, severity, message, source}]};
// exit 1 when any file has an error-severity diagnostic (or a warning, with YAMLLS_FAIL_ON=warning),
// 2 on a usage error or a server that does not answer.
// Env: YAMLLS (path of the server's bin/yaml-language-server; default: resolved from node_modules)
import { spawn } from 'node:child_process';
import { readFileSync, existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { createRequire } from 'node:module';

const [schemaPath, ...files] = process.argv.slice(2);
if (!schemaPath || !files.length) { console.error('usage: yamlls_check.mjs SCHEMA.json FILE.yaml...'); process.exit(2); }
for (const f of [...(schemaPath === '-' ? [] : [schemaPath]), ...files]) if (!existsSync(f)) { console.error(`no such file: ${f}`); process.exit(2); }
const require = createRequire(resolve('package.json'));   // node_modules of the cwd
const server = process.env.YAMLLS || resolve(require.resolve('yaml-language-server/package.json'), '..', 'bin', 'yaml-language-server');
const docs = files.map((f) => ({ file: f, uri: pathToFileURL(resolve(f)).href }));
const schemas = schemaPath === '-' ? {} : { [pathToFileURL(resolve(schemaPath)).href]: docs.map((d) => d.uri) };
const SEV = { 1: 'error', 2: 'warning', 3: 'information', 4: 'hint' };
const settings = {
  yaml: {
    validate: true, hover: false, completion: false, format: { enable: false },
    schemaStore: { enable: false },          // else it fetches the schemastore.org catalog
    schemas,
    yamlVersion: '1.2', disableDefaultProperties: true,
  },
};

const child = spawn(process.execPath, [server, '--stdio'], { stdio: ['pipe', 'pipe', 'inherit'] });
let nextId = 1; const pending = new Map(); const diagnostics = new Map(); let buf = Buffer.alloc(0);
const send = (msg) => { const body = Buffer.from(JSON.stringify({ jsonrpc: '2.0', ...msg })); child.stdin.write(`Content-Length: ${body.length}\r\n\r\n`); child.stdin.write(body); };
const request = (method, params) => new Promise((res) => { const id = nextId++; pending.set(id, res); send({ id, method, params }); });
const notify = (method, params) => send({ method, params });

child.stdout.on('data', (chunk) => {
  buf = Buffer.concat([buf, chunk]);
  for (;;) {
    const head = buf.indexOf('\r\n\r\n'); if (head < 0) return;
    const len = Number(/Content-Length: (\d+)/i.exec(buf.slice(0, head).toString())[1]);
    if (buf.length < head + 4 + len) return;
    const msg = JSON.parse(buf.slice(head + 4, head + 4 + len).toString('utf8')); buf = buf.slice(head + 4 + len);
    if (msg.id !== undefined && msg.method) {           // a request from the server
      let result = null;
      if (msg.method === 'workspace/configuration') result = msg.params.items.map((it) => (it.section ? it.section.split('.').reduce((o, k) => (o ? o[k] : undefined), settings) ?? null : settings));
      send({ id: msg.id, result });
    } else if (msg.id !== undefined) { pending.get(msg.id)?.(msg.result); pending.delete(msg.id); }
    else if (msg.method === 'textDocument/publishDiagnostics') { diagnostics.set(msg.params.uri, msg.params.diagnostics); settle(); }
  }
});

let settleTimer; let done;
const finished = new Promise((res) => { done = res; });
function settle() {                                     // all files reported, then quiet for 300 ms
  clearTimeout(settleTimer);
  if (docs.every((d) => diagnostics.has(d.uri))) settleTimer = setTimeout(done, 300);
}
const watchdog = setTimeout(() => { console.error('yaml-language-server gave no diagnostics in 60 s'); process.exit(2); }, 60000);

await request('initialize', { processId: process.pid, rootUri: null, workspaceFolders: null,
  capabilities: { workspace: { configuration: true, didChangeConfiguration: { dynamicRegistration: false } },
                  textDocument: { publishDiagnostics: { relatedInformation: false } } } });
notify('initialized', {});
notify('workspace/didChangeConfiguration', { settings });
for (const d of docs) notify('textDocument/didOpen', { textDocument: { uri: d.uri, languageId: 'yaml', version: 1, text: readFileSync(d.file, 'utf8') } });
await finished; clearTimeout(watchdog);
await request('shutdown', null); notify('exit', null);

const failOn = process.env.YAMLLS_FAIL_ON === 'warning' ? 2 : 1;
let bad = false;
for (const d of docs) {
  const diags = diagnostics.get(d.uri).map((x) => ({ line: x.range.start.line + 1, severity: SEV[x.severity] || x.severity, message: x.message, source: x.source }));
  if (diagnostics.get(d.uri).some((x) => (x.severity ?? 1) <= failOn)) bad = true;
  console.log(JSON.stringify({ file: d.file, diagnostics: diags }));
}
process.exit(bad ? 1 : 0);
