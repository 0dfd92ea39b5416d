/* The Uncertainty panel: ranges on assumptions, Monte Carlo bands (also drawn on the demand chart), tornado. */
'use strict';

(() => {
    const w = window.JevonsWorkspace;
    const {$, api, escapeHtml, describe, notice, busy, state} = w;

    state.charts.bands = echarts.init(document.getElementById('chart-bands'));
    state.charts.tornado = echarts.init(document.getElementById('chart-tornado'));

    // ---- ranges --------------------------------------------------------------------------------------------------

    function showRanges() {
        const a = state.assumptions;
        const ranges = a?.uncertainty?.ranges || [];
        $('#range-rows').innerHTML = ranges.length === 0
            ? '<tr><td colspan="5">No ranges: every assumption is taken as certain.</td></tr>'
            : ranges.map(r => '<tr><td>' + escapeHtml(w.words(r.parameter) + (r.target ? ' (' + r.target + ')' : '')) + '</td><td>'
                + r.low + '</td><td>' + r.high + '</td><td>' + r.distribution.toLowerCase() + '</td><td>'
                + (w.canPlan ? '<button type="button" class="link" data-clear="' + escapeHtml(r.parameter) + '" data-target="'
                    + escapeHtml(r.target ?? '') + '">Remove</button>' : '') + '</td></tr>').join('');
        const targetList = $('#range-targets'); // in the planners' range form only
        if (targetList) {
            const targets = (a?.workloadClasses || []).map(c => c.id).concat((a?.chipTypes || []).map(c => c.id));
            targetList.innerHTML = targets.map(t => '<option value="' + escapeHtml(t) + '">').join('');
        }
    }

    $('#range-rows').addEventListener('click', async event => {
        const button = event.target.closest('[data-clear]');
        if (!button) {
            return;
        }
        const reason = prompt('Why take this range off?');
        if (reason) {
            await w.change('POST', '/ranges/clear', {parameter: button.dataset.clear, target: button.dataset.target || null,
                reason});
        }
    });

    // ---- Monte Carlo ---------------------------------------------------------------------------------------------

    function showRun(run) {
        state.bands = {version: run.version, result: run.result};
        state.charts.bands.setOption(JevonsCharts.bands(run.result), true);
        $('#mc-summary').textContent = run.result.samples + ' samples of version ' + run.version + ', seed '
            + run.result.seed + (run.result.rejected ? ', ' + run.result.rejected + ' left out (outside the model\'s rules)' : '')
            + ' · ranges: ' + (run.result.ranges.join(', ') || 'none');
        w.$('#workspace').dataset.bandsSeed = String(run.result.seed);
        w.drawCharts();
    }

    async function loadRuns() {
        const runs = await JevonsApi.get(api('/simulations'));
        $('#mc-runs').innerHTML = runs.map(r => '<tr><td>' + r.runId.slice(0, 8) + '</td><td>v' + r.version + '</td><td>'
            + r.samples + '</td><td>' + r.seed + '</td><td>' + escapeHtml(r.runBy) + '</td><td>'
            + new Date(r.runAt).toISOString().slice(0, 16).replace('T', ' ') + '</td><td><button type="button" class="link"'
            + ' data-rerun="' + r.runId + '">Run again</button></td></tr>').join('');
    }

    $('#mc-form').addEventListener('submit', async event => {
        event.preventDefault();
        const seed = $('#mc-seed').value.trim(); // sent as text: a JavaScript number rounds seeds above 2^53
        try {
            const run = await busy(() => JevonsApi.send('POST', api('/simulations'), {samples: Number($('#mc-samples').value),
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
            showRun(await busy(() => JevonsApi.get(api('/simulations/' + button.dataset.rerun))));
        }
    });

    // ---- tornado -------------------------------------------------------------------------------------------------

    const units = {'total-cost': 'USD', 'capex': 'USD', 'cost-per-million-tokens': 'USD'};

    $('#tornado-form').addEventListener('submit', async event => {
        event.preventDefault();
        const kind = $('#tn-kind').value;
        try {
            const result = await busy(() => JevonsApi.get(api('/tornado?metric=' + encodeURIComponent(kind + ':'
                + $('#tn-period').value) + (state.viewing === null ? '' : '&asOf=' + state.viewing))));
            state.charts.tornado.setOption(JevonsCharts.tornado(result, units[kind]), true);
            $('#title-tornado').textContent = 'Sensitivity of ' + kind + ' ' + $('#tn-period').value
                + ' (as assumed: ' + w.format(result.base, units[kind]) + ')';
            $('#tornado-table').innerHTML = result.swings.length === 0
                ? '<p class="muted">No ranges yet: put a range on an assumption above.</p>'
                : '<table class="grid compact" aria-label="Sensitivity"><thead><tr><th>Assumption</th><th>At low</th>'
                + '<th>At high</th><th>Swing</th></tr></thead><tbody>' + result.swings.map(s => '<tr><td>'
                    + escapeHtml(s.label) + '</td><td>' + w.format(s.atLow, units[kind]) + '</td><td>'
                    + w.format(s.atHigh, units[kind]) + '</td><td>'
                    + w.format(Math.abs(Number(s.atHigh) - Number(s.atLow)), units[kind]) + '</td></tr>').join('')
                + '</tbody></table>';
        } catch (problem) {
            $('#tornado-table').innerHTML = '<p class="error" role="alert">' + escapeHtml(describe(problem)) + '</p>';
        }
    });

    w.onLoaded.push(() => {
        showRanges();
        loadRuns().catch(problem => notice(describe(problem), 'error'));
    });
})();
