/* clientlens report: the overview's sorting and filters, the client views and their charts (Apache ECharts).
   Text from mail is only ever set as textContent or read from the escaped table; never parsed as HTML. */
(function () {
  'use strict';
  var body = document.body;
  var errors = 0;
  function failed(what) {
    errors++;
    body.dataset.errors = String(errors);
    if (window.console) { console.error('clientlens report: ' + what); }
  }
  window.addEventListener('error', function (e) { failed(e.message); });

  var data = JSON.parse(document.getElementById('report-data').textContent);
  var WEEKDAYS = ['Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat', 'Sun'];
  var HOURS = [];
  for (var h = 0; h < 24; h++) { HOURS.push((h < 10 ? '0' : '') + h); }

  /* The overview: sort by any column, filter by archetype, relationship and fire risk. */
  var table = document.getElementById('clients');
  var tbody = table.tBodies[0];
  var rows = Array.prototype.slice.call(tbody.rows);
  var buttons = table.tHead.querySelectorAll('button');
  Array.prototype.forEach.call(buttons, function (button, column) {
    button.addEventListener('click', function () {
      var dir = button.dataset.dir === 'asc' ? 'desc' : 'asc';
      Array.prototype.forEach.call(buttons, function (b) { delete b.dataset.dir; });
      button.dataset.dir = dir;
      var numeric = button.dataset.type === 'number';
      var sorted = rows.slice().sort(function (a, b) {
        var x = a.cells[column].dataset.v, y = b.cells[column].dataset.v;
        var c;
        if (numeric) {
          if (x === '' || y === '') { return (x === '') - (y === ''); } /* unscored last either way */
          c = parseFloat(x) - parseFloat(y);
        } else {
          c = x.localeCompare(y);
        }
        if (c === 0) { c = a.dataset.index - b.dataset.index; return c; }
        return dir === 'asc' ? c : -c;
      });
      sorted.forEach(function (row) { tbody.appendChild(row); });
    });
  });
  var filters = {
    archetype: document.getElementById('filter-archetype'),
    relationship: document.getElementById('filter-relationship'),
    fire: document.getElementById('filter-fire')
  };
  function fireMatches(value, wanted) {
    if (wanted === '*') { return true; }
    if (wanted === '') { return value === ''; }
    if (value === '') { return false; }
    return wanted === 'high' ? parseFloat(value) >= 0.5 : parseFloat(value) < 0.5;
  }
  function applyFilters() {
    var shown = 0;
    rows.forEach(function (row) {
      var ok = (filters.archetype.value === '*' || row.dataset.archetype === filters.archetype.value)
        && (filters.relationship.value === '*' || row.dataset.relationship === filters.relationship.value)
        && fireMatches(row.dataset.fire, filters.fire.value);
      row.hidden = !ok;
      if (ok) { shown++; }
    });
    document.getElementById('shown').textContent = shown + ' of ' + rows.length + ' clients';
  }
  Object.keys(filters).forEach(function (k) { filters[k].addEventListener('change', applyFilters); });
  document.getElementById('filters').addEventListener('submit', function (e) { e.preventDefault(); });

  /* The charts of one client. */
  function percent(v) { return Math.round(v * 1000) / 10; }
  var options = {
    volume: function (c) {
      var inbound = data.weeks.map(function () { return 0; });
      var outbound = inbound.slice();
      c.volume.forEach(function (w) { inbound[w[0]] = w[1]; outbound[w[0]] = w[2]; });
      var many = data.weeks.length > 60;
      return {
        tooltip: { trigger: 'axis' },
        legend: { top: 0, data: ['from them', 'from us'] },
        grid: { left: 40, right: 16, top: 32, bottom: many ? 64 : 32 },
        xAxis: { type: 'category', data: data.weeks },
        yAxis: { type: 'value', minInterval: 1 },
        dataZoom: many ? [{ type: 'inside' }, { type: 'slider' }] : [],
        series: [
          { name: 'from them', type: 'bar', data: inbound, barGap: 0 },
          { name: 'from us', type: 'bar', data: outbound }
        ]
      };
    },
    heatmap: function (c) {
      var max = 1;
      c.heat.forEach(function (d) { max = Math.max(max, d[2]); });
      return {
        tooltip: { position: 'top' },
        grid: { left: 44, right: 16, top: 8, bottom: 64 },
        xAxis: { type: 'category', data: HOURS, splitArea: { show: true } },
        yAxis: { type: 'category', data: WEEKDAYS, inverse: true, splitArea: { show: true } },
        visualMap: { min: 0, max: max, calculable: false, orient: 'horizontal', left: 'center', bottom: 0,
          itemHeight: 120, text: [String(max), '0'] },
        series: [{ name: 'messages', type: 'heatmap', data: c.heat }]
      };
    },
    replies: function (c) {
      return {
        tooltip: { trigger: 'axis' },
        legend: { top: 0, data: ['they answered us', 'we answered them'] },
        grid: { left: 40, right: 16, top: 32, bottom: 32 },
        xAxis: { type: 'category', data: data.replyBins, axisLabel: { interval: 0, fontSize: 11 } },
        yAxis: { type: 'value', minInterval: 1 },
        series: [
          { name: 'they answered us', type: 'bar', data: c.clientReplies },
          { name: 'we answered them', type: 'bar', data: c.ourReplies }
        ]
      };
    },
    cues: function (c) {
      return {
        tooltip: { trigger: 'axis', valueFormatter: function (v) { return v + ' %'; } },
        legend: { top: 0, data: ['this client', 'median client'] },
        grid: { left: 96, right: 24, top: 32, bottom: 24 },
        xAxis: { type: 'value', axisLabel: { formatter: '{value} %' } },
        yAxis: { type: 'category', data: data.cues, inverse: true },
        series: [
          { name: 'this client', type: 'bar', data: c.cueRates.map(percent) },
          { name: 'median client', type: 'bar', data: data.medianCueRates.map(percent) }
        ]
      };
    },
    scores: function (c) {
      var names = ['hands_on', 'untrusting', 'diy_expert', 'fire_risk'];
      return {
        tooltip: { trigger: 'axis' },
        legend: { top: 0, data: names },
        grid: { left: 40, right: 16, top: 32, bottom: 32 },
        xAxis: { type: 'category', data: c.months },
        yAxis: { type: 'value', min: 0, max: 1 },
        series: names.map(function (name, k) {
          return { name: name, type: 'line', data: c.monthlyScores[k], showSymbol: true,
            markLine: k === 0 ? { silent: true, symbol: 'none', label: { show: false }, data: [{ yAxis: 0.5 }] } : undefined };
        })
      };
    }
  };

  var charts = [];
  var drawn = 0;
  function draw(section) {
    var client = data.clients[section.dataset.index];
    Array.prototype.forEach.call(section.querySelectorAll('.chart'), function (div) {
      if (div.dataset.drawn) { return; }
      try {
        var chart = echarts.init(div, null, { renderer: 'canvas' });
        chart.on('finished', function () {
          if (!div.dataset.drawn) {
            div.dataset.drawn = '1';
            drawn++;
            body.dataset.charts = String(drawn);
          }
        });
        var option = options[div.dataset.chart](client);
        option.animation = false;
        chart.setOption(option);
        charts.push(chart);
      } catch (e) {
        failed('chart ' + div.dataset.chart + ' of client ' + section.dataset.index + ': ' + e);
      }
    });
  }

  /* Views: the overview (#), one client (#client/N) or every client (#all). */
  var sections = Array.prototype.slice.call(document.querySelectorAll('section.client'));
  var select = document.getElementById('client-select');
  function show() {
    var hash = location.hash;
    var match = /^#client\/(\d+)$/.exec(hash);
    var all = hash === '#all';
    var one = match && sections[Number(match[1])] ? Number(match[1]) : -1;
    document.getElementById('overview').hidden = one >= 0;
    var expected = 0;
    sections.forEach(function (section, i) {
      var visible = all || i === one;
      section.hidden = !visible;
      if (visible) {
        expected += section.querySelectorAll('.chart').length;
        draw(section);
      }
    });
    charts.forEach(function (chart) { chart.resize(); });
    select.value = one >= 0 ? String(one) : '';
    document.title = one >= 0 ? data.clients[one].name + ' (' + data.clients[one].key + ') \u00b7 clientlens report'
      : 'clientlens report';
    body.dataset.view = one >= 0 ? 'client' : all ? 'all' : 'overview';
    body.dataset.chartsExpected = String(expected);
    if (one >= 0) { window.scrollTo(0, 0); }
  }
  select.addEventListener('change', function () {
    location.hash = select.value === '' ? '' : '#client/' + select.value;
  });
  window.addEventListener('hashchange', show);
  body.dataset.charts = '0';
  show();
  body.dataset.ready = '1';
})();
