/* The Uncertainty panel: ranges on assumptions, Monte Carlo bands (also drawn on the charts), the tornado. */
import * as options from '../chart-options.js';
import {format} from '../format.js';
import {get, send} from '../http.js';
import {describe, familyWords} from '../problems.js';
import {chart} from './charts.js';
import {$, alert, element, fillRows, linkButton, table, when} from './dom.js';
import {change} from './loading.js';
import {busy, notice} from './notices.js';
import {api, canPlan, emit, on, state, workspace} from './scenario.js';
import {whenShown} from './view.js';

const bandsChart = chart('bands');
const tornadoChart = chart('tornado');

function showRanges() {
    const a = state.assumptions;
    const ranges = a?.uncertainty?.ranges || [];
    fillRows($('#range-rows'), ranges.map(r => [familyWords(r.parameter) + (r.target ? ' (' + r.target + ')' : ''),
        String(r.low), String(r.high), r.distribution.toLowerCase(),
        canPlan ? linkButton('Remove', {clear: r.parameter, target: r.target ?? ''}) : '']),
    'No ranges: every assumption is taken as certain.', 5);
    const targetList = $('#range-targets'); // in the planners' range form only
    if (targetList) {
        const targets = (a?.workloadClasses || []).map(c => c.id).concat((a?.chipTypes || []).map(c => c.id));
        targetList.replaceChildren(...targets.map(t => {
            const option = element('option');
            option.value = t;
            return option;
        }));
    }
}

$('#range-rows').addEventListener('click', async event => {
    const button = event.target.closest('[data-clear]');
    if (!button) {
        return;
    }
    const reason = prompt('Why take this range off?');
    if (reason) {
        await change('POST', '/ranges/clear', {parameter: button.dataset.clear, target: button.dataset.target || null, reason});
    }
});

function showRun(run) {
    state.bands = {version: run.version, result: run.result};
    bandsChart.setOption(options.bands(run.result), true);
    $('#mc-summary').textContent = run.result.samples + ' samples of version ' + run.version + ', seed '
        + run.result.seed + (run.result.rejected ? ', ' + run.result.rejected + ' left out (outside the model\'s rules)' : '')
        + ' · ranges: ' + (run.result.ranges.join(', ') || 'none');
    workspace.dataset.bandsSeed = String(run.result.seed);
    emit('bands');
}

async function loadRuns() {
    const runs = await get(api('/simulations'));
    fillRows($('#mc-runs'), runs.map(r => [r.runId.slice(0, 8), 'v' + r.version, String(r.samples), String(r.seed), r.runBy,
        when(r.runAt), linkButton('Run again', {rerun: r.runId})]), 'No runs yet.', 7);
}

$('#mc-form').addEventListener('submit', async event => {
    event.preventDefault();
    const seed = $('#mc-seed').value.trim(); // sent as text: a JavaScript number rounds seeds above 2^53
    try {
        const run = await busy(() => send('POST', api('/simulations'), {samples: Number($('#mc-samples').value),
            seed: seed === '' ? null : seed, asOf: state.viewing === null ? null : String(state.viewing)}));
        showRun(run);
        await loadRuns();
    } catch (problem) {
        $('#mc-summary').textContent = describe(problem);
    }
});

$('#mc-runs').addEventListener('click', async event => {
    const button = event.target.closest('[data-rerun]');
    if (button) {
        showRun(await busy(() => get(api('/simulations/' + button.dataset.rerun))));
    }
});

$('#tornado-form').addEventListener('submit', async event => {
    event.preventDefault();
    try {
        const result = await busy(() => get(api('/tornado?metric=' + encodeURIComponent($('#tn-kind').value + ':'
            + $('#tn-period').value) + (state.viewing === null ? '' : '&asOf=' + state.viewing))));
        const figure = value => format(value, result.unit);
        tornadoChart.setOption(options.tornado(result), true);
        $('#title-tornado').textContent = 'Sensitivity of ' + result.metricName + ' (as assumed: ' + figure(result.base) + ')';
        $('#tornado-table').replaceChildren(result.swings.length === 0
            ? element('p', 'No ranges yet: put a range on an assumption above.', 'muted')
            : table('Sensitivity', ['Assumption', 'At low', 'At high', 'Swing'], result.swings.map(s => [s.label,
                figure(s.atLow), figure(s.atHigh), figure(Math.abs(Number(s.atHigh) - Number(s.atLow)))])));
    } catch (problem) {
        $('#tornado-table').replaceChildren(alert(describe(problem)));
    }
});

function refresh() {
    showRanges();
    loadRuns().catch(problem => notice(describe(problem), 'error'));
}

on('loaded', () => whenShown('panel-uncertainty', refresh));
