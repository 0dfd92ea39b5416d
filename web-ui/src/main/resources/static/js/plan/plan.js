/*
 * The Plan tab and the headline figures: the plan grid of the version shown, the outputs grid under it, and the
 * figures at the top of the workspace with how much the last change moved them. It follows time travel, live
 * changes and saves through the workspace's events.
 */
import {change as moved, format} from '../format.js';
import {get} from '../http.js';
import {describe} from '../problems.js';
import {$} from '../workspace/dom.js';
import {change, editingOff} from '../workspace/loading.js';
import {notice} from '../workspace/notices.js';
import {api, canPlan, on, state} from '../workspace/scenario.js';
import {backToNow} from '../workspace/time-travel.js';
import {selectTab} from '../workspace/view.js';
import {headline} from './figures.js';
import {PlanGrid} from './grid.js';
import {OutputsGrid} from './outputs.js';

const view = {plan: null, planKey: null, terms: null, headline: null, headlineVersion: null, previous: null};
const holder = $('#plan-grid');
const grid = new PlanGrid(holder, {
    onStaged: count => {
        $('#plan-staged').textContent = count === 0 ? 'No unsaved changes' : count + ' unsaved cell' + (count > 1 ? 's' : '');
        $('#plan-save').disabled = count === 0;
        $('#plan-discard').disabled = count === 0;
        if (count > 0 && !holder.dataset.baseVersion) {
            holder.dataset.baseVersion = String(view.plan.version); // the version the cells were typed on
        }
        if (count === 0) {
            delete holder.dataset.baseVersion;
        }
    },
    onRefused: message => showError(message)
});
const outputs = new OutputsGrid($('#outputs-grid'));

// a workspace opened on another tab built its grids in a hidden panel
on('tab', event => {
    if (event.detail === 'tab-plan') {
        grid.redraw();
        outputs.redraw();
    }
});

function showError(message) {
    $('#plan-error').textContent = message;
}

async function terms() {
    if (!view.terms) {
        const glossary = await get('/api/glossary');
        view.terms = Object.fromEntries([...glossary.assumptions, ...glossary.metrics].map(t => [t.id, t]));
    }
    return view.terms;
}

/** Why the grid cannot be edited now, or null when it can. */
function readOnlyReason() {
    return canPlan ? editingOff() : 'You can read the plan; planners change it.';
}

async function showPlan() {
    const viewing = state.viewing;
    const key = viewing === null ? 'now:' + state.version : 'v' + viewing;
    if (view.planKey === key) {
        return;
    }
    view.planKey = key;
    const plan = await get(api('/plan' + (viewing === null ? '' : '?asOf=' + viewing)));
    if (view.planKey !== key) {
        return; // the planner moved on while this version was read
    }
    view.plan = plan;
    const reason = readOnlyReason();
    $('#plan-mode').textContent = reason || 'Double-click a cell or press Enter to edit, Escape to cancel; paste a '
        + 'range from a spreadsheet. A value holds from its quarter until the next change; marked cells start one.';
    $('#plan-back').hidden = viewing === null;
    $('#plan-editing').hidden = reason !== null;
    const empty = !plan.rows.some(row => row.id.startsWith('tokens.') || row.id.startsWith('chips.'));
    $('#plan-start').hidden = !empty;
    $('#charts-empty').hidden = !empty;
    holder.dataset.version = String(plan.version);
    holder.dataset.editable = String(reason === null);
    await grid.show(plan, reason === null);
    holder.dataset.shown = String(plan.version);
}

function showHeadline(projection, version) {
    const figures = headline(projection);
    if (view.headline && version > view.headlineVersion && state.viewing === null) {
        view.previous = view.headline;
    } else if (version !== view.headlineVersion) {
        view.previous = null;
    }
    view.headline = figures;
    view.headlineVersion = version;
    const list = $('#headline');
    list.replaceChildren(...figures.map(figure => {
        const before = view.previous?.find(f => f.id === figure.id);
        const item = document.createElement('div');
        item.className = 'figure';
        item.dataset.figure = figure.id;
        item.dataset.term = figure.term;
        const label = document.createElement('dt');
        label.textContent = figure.label;
        const value = document.createElement('dd');
        value.className = 'value';
        value.textContent = figure.unit === 'QUARTER' ? (figure.value ?? figure.empty) : format(figure.value, figure.unit);
        item.append(label, value);
        const moved = before ? movement(before, figure) : null;
        if (figure.detail || moved) {
            const detail = document.createElement('dd');
            detail.className = 'detail';
            detail.textContent = [figure.detail, moved].filter(Boolean).join(' · ');
            item.appendChild(detail);
        }
        return item;
    }));
    list.dataset.version = String(version);
    // what each figure means, on hover: the glossary's sentence, its convention included
    terms().then(glossary => list.querySelectorAll('[data-term]').forEach(item =>
        item.title = glossary[item.dataset.term]?.explanation ?? '')).catch(() => null);
}

function movement(before, after) {
    if (after.unit === 'QUARTER') {
        return before.value === after.value ? null : 'was ' + (before.value ?? before.empty);
    }
    const shift = moved(before.value, after.value, after.unit);
    return shift ? shift + ' since the last change' : null;
}

async function showOutputs(projection) {
    await outputs.show(projection, $('#outputs-years').checked, await terms());
}

async function refresh() {
    const projection = state.projection;
    if (!projection) {
        return;
    }
    const version = state.viewing ?? state.projectionVersion;
    showHeadline(projection, version);
    try {
        await showPlan();
        // the outputs under the grid follow once the browser is idle: the headline and the grid come first
        await new Promise(resolve => (window.requestIdleCallback || setTimeout)(resolve, {timeout: 500}));
        if (state.projection === projection) {
            await showOutputs(projection);
        }
    } catch (problem) {
        notice(describe(problem), 'error');
    }
}

async function save() {
    const edits = grid.edits();
    const reason = $('#plan-reason').value.trim();
    showError('');
    if (!reason) {
        showError('Say why: every change needs a reason.');
        $('#plan-reason').focus();
        return;
    }
    const saved = await change('POST', '/plan/edits', {edits, reason}, problem => {
        const violations = problem.body?.violations || [{field: problem.body?.field, reason: problem.body?.reason
                || problem.message}];
        grid.markRefused(violations, edits);
        showError('Not saved: ' + violations.map(v => {
            const match = /^edits\[(\d+)]/.exec(v.field || '');
            return (match ? grid.describe(edits[Number(match[1])]) + ': ' : '') + v.reason;
        }).join('; '));
    }, holder);
    if (saved) {
        grid.saved();
        $('#plan-reason').value = '';
    }
}

$('#plan-save').addEventListener('click', save);
document.querySelectorAll('[data-start]').forEach(button => button.addEventListener('click', () => {
    selectTab('assumptions');
    document.getElementById(button.dataset.start)?.focus();
}));
$('#plan-discard').addEventListener('click', () => {
    grid.discard();
    showError('');
});
$('#plan-back').addEventListener('click', backToNow);
$('#outputs-years').addEventListener('change', () => state.projection && showOutputs(state.projection));
on('projection', refresh);
// a save's plan is read while the charts' projection is: each from the events, each as soon as the version is known
on('version', () => showPlan().catch(problem => notice(describe(problem), 'error')));
window.addEventListener('beforeunload', event => {
    if (grid.edits().length) {
        event.preventDefault();
    }
});
refresh();
