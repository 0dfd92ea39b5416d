/*
 * Compare: this scenario at a version with any scenario at a version. A and B overlaid on the same axes, the plan
 * grid's rows that differ with the differing cells marked, the other differences in words, and a variance table of
 * the key outputs by year (unchanged rows hidden).
 */
import * as options from '../chart-options.js';
import {format} from '../format.js';
import {get} from '../http.js';
import {describe, familyWords} from '../problems.js';
import {PlanGrid} from '../plan/grid.js';
import {chart} from './charts.js';
import {$, alert, element, table} from './dom.js';
import {busy} from './notices.js';
import {api} from './scenario.js';
import {remember} from './view.js';

const CHARTS = {
    demand: [['demand-flops', 'supply-flops'], 'Demand and supply, A and B', 'FLOP_PER_SECOND', 'FLOP/s'],
    capex: [['capex'], 'Capex per year, A and B', 'USD', 'USD'],
    cost: [['cost-per-million-tokens'], 'Cost per million tokens, A and B', 'USD_PER_MILLION_TOKENS', '$ per M tokens']
};

/** A change within rounding of the model's arithmetic (one part in a billion) is no change. */
function moved(output) {
    return output.change === null || Math.abs(Number(output.change))
        > 1e-9 * Math.max(Math.abs(Number(output.left)), Math.abs(Number(output.right)));
}

function relative(before, change) {
    if (before === null || change === null || Number(before) === 0) {
        return '–';
    }
    const percent = Number(change) / Math.abs(Number(before)) * 100;
    return (percent > 0 ? '+' : '') + percent.toPrecision(3) + ' %';
}

/**
 * Shows in {@code target} the diff {@code params} ask for: the assumptions that differ and a variance table of the
 * key outputs by year (A, B, change, change in percent); with {@code full}, also A and B overlaid and the plan grid.
 */
export async function showDiff(params, target, full = false) {
    try {
        const diff = await busy(() => get(api('/diff?' + params)));
        const outputs = diff.years.flatMap(y => y.outputs.map(o => ({...o, year: y.year})));
        const changed = outputs.filter(moved);
        const hidden = outputs.length - changed.length;
        target.replaceChildren(
            element('h3', 'A: ' + diff.left.name + ' v' + diff.left.version + ' → B: ' + diff.right.name + ' v'
                + diff.right.version),
            table('Assumptions that differ', ['Family', 'Assumption', 'A', 'B'], diff.assumptions.map(d =>
                [familyWords(d.family), d.item, d.before ?? '—', d.after ?? '—']), {empty: 'No differences.'}),
            table('Outputs: A, B and the change', ['Output', 'Year', 'A', 'B', 'Change', 'Change %'], changed.map(o =>
                [o.name, String(o.year), format(o.left, o.unit), format(o.right, o.unit), format(o.change, o.unit),
                    relative(o.left, o.change)]), {className: 'grid compact variance', empty: 'The same outputs in every year.'}),
            ...(hidden ? [element('p', hidden + ' unchanged rows hidden.', 'muted')] : []));
        if (full) {
            drawComparison(diff);
            await showPlanDifferences(diff);
        }
    } catch (problem) {
        target.replaceChildren(alert(describe(problem)));
    }
}

function drawComparison(diff) {
    $('#compare-charts').hidden = false;
    Object.entries(CHARTS).forEach(([key, [metrics, title, unit, axisName]]) => {
        $('#title-compare-' + key).textContent = title;
        const shown = chart('compare-' + key);
        shown.setOption(options.compare(diff, metrics, title, unit, axisName), true);
        shown.resize();
    });
}

const planGrid = new PlanGrid($('#compare-grid'), {height: null});

/** B's plan grid, only the rows that differ from A's, the cells that differ marked. */
async function showPlanDifferences(diff) {
    const plan = side => get('/api/scenarios/' + side.scenarioId + '/plan?asOf=' + side.version);
    const [a, b] = await Promise.all([plan(diff.left), plan(diff.right)]);
    planGrid.compareWith(a, 'A', 'B');
    const inA = new Map(a.rows.map(r => [r.id, r]));
    const differing = b.rows.filter(r => JSON.stringify(valuesByQuarter(r, b)) !== JSON.stringify(valuesByQuarter(inA.get(r.id), a)));
    const onlyInA = a.rows.filter(r => !b.rows.some(other => other.id === r.id))
        .map(r => ({...r, name: r.name + ' (only in A)', values: r.quarterly ? b.quarters.map(() => null) : [null],
            starts: [], setBy: r.quarterly ? b.quarters.map(() => null) : [null]}));
    const rows = differing.concat(onlyInA);
    $('#compare-grid-title').textContent = rows.length === 0 ? 'The plans assume the same in every quarter.'
        : 'B\'s plan where it differs from A: ' + rows.length + ' of ' + b.rows.length + ' rows; marked cells differ (hover for A).';
    $('#compare-grid').hidden = rows.length === 0;
    if (rows.length) {
        await planGrid.show({...b, rows}, false);
    }
}

function valuesByQuarter(row, plan) {
    if (!row) {
        return null;
    }
    return row.quarterly ? Object.fromEntries(plan.quarters.map((q, i) => [q, row.values[i]])) : row.values[0];
}

$('#compare-form').addEventListener('submit', async event => {
    event.preventDefault();
    const params = new URLSearchParams({from: $('#cmp-from').value, with: $('#cmp-with').value});
    if ($('#cmp-to').value) {
        params.set('to', $('#cmp-to').value);
    }
    remember({compareFrom: $('#cmp-from').value, compareWith: $('#cmp-with').value, compareTo: $('#cmp-to').value});
    await showDiff(params, $('#compare-result'), true);
});

/** Opens the comparison a link names. */
export function reopenComparison(params) {
    if (params.get('compareWith')) {
        $('#cmp-from').value = params.get('compareFrom') || '1';
        $('#cmp-with').value = params.get('compareWith');
        $('#cmp-to').value = params.get('compareTo') || '';
        $('#compare-form').requestSubmit();
    }
}
