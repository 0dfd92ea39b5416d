/* The Versions and Actuals panels: named versions, lock, compare and restore, comments, actuals against forecasts. */
'use strict';

(() => {
    const w = window.JevonsWorkspace;
    const {$, $$, api, escapeHtml, describe, format, notice, busy} = w;

    function when(instant) {
        return new Date(instant).toISOString().slice(0, 16).replace('T', ' ');
    }

    /** Posts a command that needs no If-Match; shows a refusal in {@code errors} (or as a notice). */
    async function post(method, path, body, errors) {
        try {
            const result = await busy(() => JevonsApi.send(method, api(path), body));
            w.state.version = Math.max(w.state.version, result.version);
            notice('Saved: version ' + result.version + '.', 'ok');
            await w.reload();
            document.body.dispatchEvent(new CustomEvent('jevons:changed'));
            return result;
        } catch (problem) {
            if (errors) {
                errors.textContent = describe(problem);
            } else {
                notice(describe(problem), 'error');
            }
            return null;
        }
    }

    // ---- named versions and the lock ----------------------------------------------------------------------------

    let tags = [];

    async function loadTags() {
        const answer = await JevonsApi.get(api('/tags'));
        tags = answer.tags;
        $('#lock-status').textContent = answer.locked
            ? 'Locked: changes of the assumptions are refused until an admin unlocks it.'
            : 'Open for changes.';
        w.$('#workspace').dataset.locked = String(answer.locked);
        $('#tag-rows').innerHTML = tags.length === 0 ? '<tr><td colspan="6">No named versions yet.</td></tr>'
            : tags.map(t => '<tr><td>' + escapeHtml(t.name) + '</td><td>v' + t.version + '</td><td>' + escapeHtml(t.taggedBy)
                + '</td><td>' + when(t.taggedAt) + '</td><td>' + escapeHtml(t.reason ?? '') + '</td><td>'
                + '<button type="button" class="link" data-view="' + t.version + '">View</button>'
                + (w.canPlan ? ' <button type="button" class="link" data-restore="' + escapeHtml(t.name)
                    + '">Restore as a new scenario</button>' : '') + '</td></tr>').join('');
        const choices = [['', 'latest version']].concat(tags.map(t => ['tag:' + t.name, t.name + ' (v' + t.version + ')']));
        $$('[data-tag-choices]').forEach((select, index) => {
            const kept = select.value;
            select.innerHTML = choices.map(([value, label]) => '<option value="' + escapeHtml(value) + '">'
                + escapeHtml(label) + '</option>').join('');
            select.value = choices.some(([value]) => value === kept) ? kept : choices[Math.min(index === 0 ? 1 : 0, choices.length - 1)][0];
        });
    }

    $('#tag-rows').addEventListener('click', async event => {
        const view = event.target.closest('[data-view]');
        const restore = event.target.closest('[data-restore]');
        if (view) {
            w.select($('#tab-charts'));
            await w.travelTo(Number(view.dataset.view));
        } else if (restore) {
            const name = prompt('Name of the restored scenario:', restore.dataset.restore + ' (restored)');
            if (name) {
                const created = await post('POST', '/tags/' + encodeURIComponent(restore.dataset.restore) + '/restore',
                    {name, reason: 'restored from "' + restore.dataset.restore + '"'});
                if (created) {
                    window.location.href = '/scenarios/' + created.scenarioId;
                }
            }
        }
    });

    $('#tag-form')?.addEventListener('submit', async event => {
        event.preventDefault();
        const form = event.target;
        $('.form-error', form).textContent = '';
        const version = $('#tag-version').value;
        const saved = await post('POST', '/tags', {tag: $('#tag-name').value,
            version: version === '' ? null : Number(version), reason: $('#tag-reason').value}, $('.form-error', form));
        if (saved) {
            form.reset();
            await loadTags();
        }
    });

    /** A lock is a decision: it says why, as every unlock does. */
    async function lock(path) {
        const reason = $('#lock-reason')?.value.trim();
        if (!reason) {
            $('#lock-error').textContent = 'Say why you ' + (path === '/lock' ? 'lock' : 'unlock') + ' the scenario.';
            $('#lock-reason')?.focus();
            return;
        }
        $('#lock-error').textContent = '';
        if (await post('POST', path, {reason}, $('#lock-error'))) {
            if ($('#lock-reason')) {
                $('#lock-reason').value = '';
            }
            await loadTags();
        }
    }

    $('#lock')?.addEventListener('click', () => lock('/lock'));
    $('#unlock')?.addEventListener('click', () => lock('/unlock'));

    $('#tag-compare-form').addEventListener('submit', async event => {
        event.preventDefault();
        const params = new URLSearchParams({from: $('#tag-a').value || String(w.state.version)});
        if ($('#tag-b').value) {
            params.set('to', $('#tag-b').value);
        }
        await w.showDiff(params, $('#tag-compare'));
    });

    $('#comment-form')?.addEventListener('submit', async event => {
        event.preventDefault();
        const form = event.target;
        $('.form-error', form).textContent = '';
        const about = $('#comment-about').value;
        if (await post('POST', '/comments', {text: $('#comment-text').value,
            aboutVersion: about === '' ? null : Number(about)}, $('.form-error', form))) {
            form.reset();
        }
    });

    // ---- actuals and accountability -----------------------------------------------------------------------------

    function number(input) {
        const text = input.value.replace(/[,_\s]/g, '');
        return text === '' ? null : Number(text);
    }

    $('#actuals-form')?.addEventListener('submit', async event => {
        event.preventDefault();
        const form = event.target;
        $('.form-error', form).textContent = '';
        const saved = await post('PUT', '/actuals/' + $('#ac-quarter').value, {chipsDelivered: number($('#ac-chips')),
            tokensServed: number($('#ac-tokens')), spendUsd: number($('#ac-spend')), reason: $('#ac-reason').value || null},
            $('.form-error', form));
        if (saved) {
            ['#ac-chips', '#ac-tokens', '#ac-spend', '#ac-reason'].forEach(field => $(field).value = '');
        }
    });

    const metricNames = {CHIPS_DELIVERED: 'Chips delivered', SERVED_TOKENS: 'Tokens served', CAPEX: 'Spend on chips'};

    $('#accountability-form').addEventListener('submit', async event => {
        event.preventDefault();
        try {
            const result = await busy(() => JevonsApi.get(api('/accountability?asOf=' + encodeURIComponent($('#ac-asof').value))));
            const rows = result.checks.map(c => '<tr><td>' + c.quarter + '</td><td>' + metricNames[c.metric] + '</td><td>'
                + format(c.forecastThen, c.unit) + '</td><td>' + format(c.actual, c.unit) + '</td><td>'
                + format(c.errorThen, c.unit) + '</td><td>' + Object.entries(c.correctedBy).map(([family, delta]) =>
                    escapeHtml(family.toLowerCase().replace('_', ' ')) + ' ' + format(delta, c.unit)).join(', ')
                + '</td><td>' + format(c.forecastNow, c.unit) + '</td><td>' + format(c.errorNow, c.unit) + '</td></tr>').join('');
            $('#accountability').innerHTML = '<h3>The plan at version ' + result.versionThen + ' against what happened'
                + ' (now at version ' + result.versionNow + ')</h3><div class="table-scroll"><table class="grid compact"'
                + ' aria-label="Forecast against actuals"><thead><tr><th>Quarter</th><th>Figure</th><th>Forecast then</th>'
                + '<th>Actual</th><th>Error then</th><th>Corrected since, by family</th><th>Forecast now</th><th>Error now</th>'
                + '</tr></thead><tbody>' + (rows || '<tr><td colspan="8">No actuals recorded yet.</td></tr>')
                + '</tbody></table></div>';
        } catch (problem) {
            $('#accountability').innerHTML = '<p class="error" role="alert">' + escapeHtml(describe(problem)) + '</p>';
        }
    });

    // ---- engine changes -----------------------------------------------------------------------------------------

    async function loadEngineChanges() {
        const answer = await JevonsApi.get(api('/engine-changes'));
        $('#engine-changes').innerHTML = answer.changes.length === 0
            ? '<p class="muted">No replay under a new engine version has moved an output of this scenario.</p>'
            : '<table class="grid compact" aria-label="Outputs moved by engine changes"><thead><tr><th>Version</th>'
            + '<th>Engine</th><th>Quarter</th><th>Output</th><th>Before</th><th>After</th></tr></thead><tbody>'
            + answer.changes.map(c => '<tr><td>v' + c.version + '</td><td>' + escapeHtml(c.engineBefore ?? 'earlier')
                + ' → ' + escapeHtml(c.engineAfter) + '</td><td>' + c.quarter + '</td><td>' + c.metric + '</td><td>'
                + JevonsCharts.si(c.before, '') + '</td><td>' + JevonsCharts.si(c.after, '') + '</td></tr>').join('')
            + '</tbody></table>';
    }

    function refresh() {
        loadTags().catch(problem => notice(describe(problem), 'error'));
        loadEngineChanges().catch(problem => notice(describe(problem), 'error'));
    }

    w.onLoaded.push(refresh);
})();
