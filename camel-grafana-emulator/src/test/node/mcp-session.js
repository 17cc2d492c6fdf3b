'use strict';
// Drives the @leval/mcp-grafana MCP server (its CLI, stdio transport) as an MCP client would: initialize,
// notifications/initialized, tools/list, then each tools/call named in the JSON array argv[2]
// ([{"name":"search_dashboards","arguments":{"query":"x"}}, ...]). The server reads GRAFANA_URL and
// GRAFANA_SERVICE_ACCOUNT_TOKEN from the environment. Prints one JSON line:
// {"tools":[names],"calls":[{"name","isError","text"}]}; exits 1 on a protocol failure or timeout.
const { spawn } = require('child_process');
const path = require('path');

const calls = JSON.parse(process.argv[2] || '[]');
const cli = path.join(__dirname, 'node_modules', '@leval', 'mcp-grafana', 'dist', 'cli.js');
const server = spawn(process.execPath, [cli, '--transport', 'stdio'], {
    env: process.env,
    stdio: ['pipe', 'pipe', 'pipe'],
});

let buffer = '';
let nextId = 1;
const pending = new Map();
let stderr = '';

server.stderr.on('data', (chunk) => { stderr += chunk; });
server.stdout.on('data', (chunk) => {
    buffer += chunk;
    let newline;
    while ((newline = buffer.indexOf('\n')) >= 0) {
        const line = buffer.slice(0, newline).trim();
        buffer = buffer.slice(newline + 1);
        if (!line.startsWith('{')) {
            continue; // the CLI also logs plain text to stdout
        }
        let message;
        try {
            message = JSON.parse(line);
        } catch (e) {
            continue;
        }
        if (message.jsonrpc === '2.0' && message.id !== undefined && pending.has(message.id)) {
            const { resolve, reject } = pending.get(message.id);
            pending.delete(message.id);
            if (message.error) {
                reject(new Error('JSON-RPC error ' + JSON.stringify(message.error)));
            } else {
                resolve(message.result);
            }
        }
    }
});

function request(method, params) {
    const id = nextId++;
    server.stdin.write(JSON.stringify({ jsonrpc: '2.0', id, method, params }) + '\n');
    return new Promise((resolve, reject) => pending.set(id, { resolve, reject }));
}

function notify(method, params) {
    server.stdin.write(JSON.stringify({ jsonrpc: '2.0', method, params }) + '\n');
}

const timer = setTimeout(() => fail(new Error('timed out')), 60000);

function fail(error) {
    process.stdout.write(JSON.stringify({ error: String(error.message), stderr: stderr.slice(-2000) }) + '\n');
    server.kill();
    process.exit(1);
}

(async () => {
    const init = await request('initialize', {
        protocolVersion: '2024-11-05',
        capabilities: {},
        clientInfo: { name: 'camel-grafana-emulator-test', version: '1.0.0' },
    });
    notify('notifications/initialized', {});
    const listed = await request('tools/list', {});
    const results = [];
    for (const call of calls) {
        const result = await request('tools/call', { name: call.name, arguments: call.arguments || {} });
        results.push({
            name: call.name,
            isError: !!result.isError,
            text: (result.content || []).map((c) => c.text).join(''),
        });
    }
    clearTimeout(timer);
    process.stdout.write(JSON.stringify({
        server: init.serverInfo,
        tools: listed.tools.map((t) => t.name),
        calls: results,
    }) + '\n');
    server.stdin.end();
    server.kill();
})().catch(fail);
