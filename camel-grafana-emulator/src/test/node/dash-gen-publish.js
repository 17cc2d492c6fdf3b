'use strict';
// Publishes one dashboard with grafana-dash-gen (uber/grafana-dash-gen) to the Grafana at GRAFANA_URL, the way
// its README shows: configure({url: <base>/api/dashboards/db, cookie, headers}) then publish(dashboard).
// Prints one JSON line: {"ok":true,"response":<Grafana's answer>} or {"ok":false,"status":..,"error":..}.
const grafana = require('grafana-dash-gen');

const base = process.env.GRAFANA_URL;
const token = process.env.GRAFANA_TOKEN;
const title = process.env.DASHBOARD_TITLE || 'dash-gen example';

grafana.configure({
    url: base + '/api/dashboards/db',
    // publish() refuses to run without a cookie; Grafana ignores an unknown one
    cookie: 'grafana_session=dash-gen-test',
    headers: { Authorization: 'Bearer ' + token },
});

const row = new grafana.Row({ title: 'Request Volume' });
row.addPanel(new grafana.Panels.Graph({
    title: 'req/sec',
    span: 8,
    targets: [new grafana.Target('stats.counts.myapp.statusCode.*').sum().scale(0.1).alias('rps')],
}));
row.addPanel(new grafana.Panels.SingleStat({
    title: 'Current Request Volume',
    postfix: 'req/sec',
    span: 4,
    targets: [new grafana.Target('stats.counts.myapp.statusCode.*').sum()],
}));
const dashboard = new grafana.Dashboard({
    title: title,
    tags: ['myapp', 'platform'],
    refresh: '1m',
    templating: [{ name: 'dc', options: ['dc1', 'dc2'] }],
});
dashboard.addRow(row);

grafana.publish(dashboard, { timeout: 10000 })
    .then((text) => {
        process.stdout.write(JSON.stringify({ ok: true, response: JSON.parse(text) }) + '\n');
    })
    .catch((error) => {
        process.stdout.write(JSON.stringify({
            ok: false,
            status: error.response ? error.response.status : null,
            error: String(error && error.message),
        }) + '\n');
        process.exitCode = 1;
    });
