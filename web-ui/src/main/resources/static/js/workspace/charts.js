/* The Charts panel: the projection of the version shown, drawn when the panel shows; PNG and CSV/Excel of it. */
import * as options from '../chart-options.js';
import {format} from '../format.js';
import {get} from '../http.js';
import {describe} from '../problems.js';
import {$, $$, element, table} from './dom.js';
import {notice} from './notices.js';
import {api, asOfViewed, on, shownVersion, state, workspace} from './scenario.js';
import {whenShown} from './view.js';

/** Every chart of the page by key, so each is sized when its panel shows and found for its PNG. */
const charts = {};

/** An ECharts instance in the element {@code elementId}, known as {@code key}. */
export function chart(key, elementId = 'chart-' + key) {
    charts[key] = charts[key] || echarts.init(document.getElementById(elementId), null, {renderer: 'canvas'});
    return charts[key];
}

const KINDS = {
    'demand-supply': ['Demand vs supply (peak FLOP/s); shortage shaded', p => options.demandSupply(p, bandsShown())],
    'tokens': ['Tokens per second by workload class', p => options.tokens(p)],
    'chips': ['Installed chips by vendor, GPU share', p => options.chips(p, vendorOfChip())],
    'costs': ['Capex, depreciation and energy per quarter', p => options.costs(p)],
    'cost-per-token': ['Cost per million tokens', p => options.costPerToken(p, bandsShown())]
};

/** The last Monte Carlo bands, drawn on the charts while they show the version they were run at. */
function bandsShown() {
    return state.bands && state.bands.version === shownVersion() ? state.bands.result : null;
}

function vendorOfChip() {
    return Object.fromEntries((state.assumptions?.chipTypes || []).map(c => [c.id, c.vendor]));
}

Object.entries(KINDS).forEach(([key, [title]]) => {
    $('#title-' + key).textContent = title;
    chart(key);
});

/** Charts are drawn when their panel shows: drawing a hidden chart costs time and a redraw to size it anyway. */
let stale = true;

function drawVisible() {
    if (stale && state.projection && !$('#panel-charts').hidden) {
        Object.entries(KINDS).forEach(([key, [, build]]) => charts[key].setOption(build(state.projection), true));
        stale = false;
    }
}

function projectionShown() {
    stale = true;
    drawVisible();
    $('#warnings').textContent = (state.projection.warnings || []).join('; ');
    $('#engine-line').textContent = 'Computed by capacity model engine ' + (state.projection.engineVersion || 'of an earlier release');
    workspace.dataset.chartVersion = String(shownVersion());
    $$('a[data-export]').forEach(link => {
        link.dataset.base = link.dataset.base || link.getAttribute('href');
        link.href = link.dataset.base + asOfViewed();
    });
}

/** A file name of the version shown: "AI inference 2024–2030 v168 costs.png". */
function fileName(what, extension) {
    return $('#scenario-name').textContent.replace(/[\\/:*?"<>|\p{Cc}]+/gu, ' ').trim() + ' v' + shownVersion() + ' '
        + what + '.' + extension;
}

$$('[data-png]').forEach(button => button.addEventListener('click', () => {
    const link = document.createElement('a');
    link.href = charts[button.dataset.png].getDataURL({type: 'png', pixelRatio: 2, backgroundColor: '#fff'});
    link.download = fileName(button.dataset.png, 'png');
    link.click();
}));

/** The outputs a replay under a new engine version moved, under the charts. */
async function showEngineChanges() {
    const answer = await get(api('/engine-changes'));
    $('#engine-changes').replaceChildren(answer.changes.length === 0
        ? element('p', 'No replay under a new engine version has moved an output of this scenario.', 'muted')
        : table('Outputs moved by engine changes', ['Version', 'Engine', 'Quarter', 'Output', 'Before', 'After'],
            answer.changes.map(c => ['v' + c.version, (c.engineBefore ?? 'earlier') + ' → ' + c.engineAfter, c.quarter,
                c.metricName, format(c.before, c.unit), format(c.after, c.unit)])));
}

function resizeAll() {
    Object.values(charts).forEach(c => c.resize());
}

on('projection', projectionShown);
on('bands', () => {
    stale = true;
    drawVisible();
});
on('tab', () => {
    drawVisible();
    resizeAll(); // a chart drawn while its panel was hidden has no size yet
});
const engineChanges = () => showEngineChanges().catch(problem => notice(describe(problem), 'error'));

on('loaded', () => whenShown('panel-charts', engineChanges));
window.addEventListener('resize', resizeAll);
