'use strict';
// The traces the Signals kit draws: scatter (in core), bar, heatmap and candlestick.
var Plotly = require('plotly.js/lib/core');
Plotly.register([
    require('plotly.js/lib/bar'),
    require('plotly.js/lib/heatmap'),
    require('plotly.js/lib/candlestick'),
]);
module.exports = Plotly;
