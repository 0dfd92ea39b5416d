/* Attribution: why a metric moved between two versions, change by change (waterfall or Shapley values). */
import * as options from '../chart-options.js';
import {format} from '../format.js';
import {get} from '../http.js';
import {describe} from '../problems.js';
import {chart} from './charts.js';
import {$, alert, row, table} from './dom.js';
import {busy} from './notices.js';
import {api} from './scenario.js';

const waterfall = chart('waterfall');

/** What a bar stands for, when it is more than one event. */
const GROUPED = {FAMILY: ', a bar per assumption family', USER: ', a bar per planner'};

$('#attribution-form').addEventListener('submit', async event => {
    event.preventDefault();
    const params = new URLSearchParams({metric: $('#at-kind').value + ':' + $('#at-period').value,
        from: $('#at-from').value, method: $('#at-method').value});
    if ($('#at-group').value) {
        params.set('group', $('#at-group').value);
    }
    if ($('#at-to').value) {
        params.set('to', $('#at-to').value);
    }
    try {
        const result = await busy(() => get(api('/attribution?' + params)));
        $('#title-waterfall').textContent = 'Why ' + result.metricName + ' moved from version ' + result.fromVersion
            + ' to ' + result.toVersion + (result.method === 'SHAPLEY' ? ' (Shapley values)' : '')
            + (GROUPED[result.grouping] ?? '');
        waterfall.setOption(options.waterfall(result), true);
        const total = row(['Total change', format(result.totalChange, result.unit)], 'th');
        total.firstElementChild.colSpan = 4;
        $('#attribution-table').replaceChildren(table('Contributions', ['Version', 'Change', 'By', 'Why', 'Contribution'],
            result.bars.map(b => [(result.grouping === 'EVENT' ? 'v' : 'to v') + b.version, b.summary, b.user ?? '',
                b.reason ?? '', format(b.delta, result.unit)]),
            {empty: 'No change between these versions.', foot: total}));
    } catch (problem) {
        $('#attribution-table').replaceChildren(alert(describe(problem)));
    }
});
