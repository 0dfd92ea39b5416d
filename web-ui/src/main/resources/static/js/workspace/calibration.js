/*
 * The Calibration panel: the version shown held against public figures and the planners' own (GET /calibration);
 * planners add and remove figures of their own (PUT /anchors/{id}, POST /anchors/{id}/remove).
 */
import {format, parse} from '../format.js';
import {get} from '../http.js';
import {describe} from '../problems.js';
import {$, $$, alert, element, linkButton, table} from './dom.js';
import {post} from './loading.js';
import {api, asOfViewed, canPlan, on, state} from './scenario.js';
import {whenShown} from './view.js';

/** The bound in words: "within 1.5×", "at most", "at least". */
function bound(check) {
    return {AROUND: 'within ' + check.tolerance + '× of', AT_MOST: 'at most', AT_LEAST: 'at least'}[check.bound];
}

/** Whether it holds, and by how much it misses when it does not. */
function verdict(check) {
    if (check.modelValue === null) {
        return 'no such figure in this scenario';
    }
    if (check.holds) {
        return 'holds';
    }
    return check.ratio > 1 ? format(check.ratio, 'MULTIPLE') + ' too high' : format(1 / check.ratio, 'MULTIPLE') + ' too low';
}

function period(check) {
    return check.quantity === 'CHIP_CAPEX_PER_YEAR' ? String(check.period).slice(0, 4) : check.period;
}

/** A figure of one's own is added to the scenario as it is now, and not to an archived one. */
function showFormOff() {
    const off = state.viewing !== null || state.archived;
    $$('#anchor-form :is(input, select, button)').forEach(control => control.disabled = off);
}

async function show() {
    showFormOff();
    try {
        const answer = await get(api('/calibration' + asOfViewed()));
        const missed = answer.checks.filter(c => !c.holds).length;
        $('#calibration-summary').textContent = missed === 0
            ? 'Version ' + answer.version + ' agrees with all ' + answer.checks.length + ' public figures.'
            : 'Version ' + answer.version + ': ' + missed + ' of ' + answer.checks.length + ' public figures do not hold.';
        const rows = answer.checks.map(c => {
            const holds = element('span', verdict(c), c.holds ? 'holds' : 'misses');
            const source = document.createDocumentFragment();
            source.append(c.source + ' (' + c.published + ')');
            if (c.own && canPlan && state.viewing === null && !state.archived) {
                source.append(' ', linkButton('Remove', {removeAnchor: c.id}));
            }
            return [c.name + (c.subject ? ' · ' + c.subject : '') + (c.own ? ' (yours)' : ''), period(c),
                bound(c) + ' ' + format(c.value, c.unit), format(c.modelValue, c.unit),
                c.ratio === null ? '–' : format(c.ratio, 'MULTIPLE'), holds, source];
        });
        $('#calibration').replaceChildren(table('Public figures against the model', ['Figure', 'Period', 'Source says',
            'Model', 'Model ÷ source', 'Verdict', 'Source'], rows, {className: 'grid compact calibration'}));
    } catch (problem) {
        $('#calibration').replaceChildren(alert(describe(problem)));
    }
}

/** An anchor's id from its name: "Tokens we served" in 2025Q3 reads "tokens-we-served-2025q3". */
function idOf(name, period) {
    return (name + ' ' + period).toLowerCase().normalize('NFKD').replace(/[^a-z0-9]+/g, '-').replace(/^-+|-+$/g, '')
        .slice(0, 64) || 'anchor';
}

const form = $('#anchor-form');
form?.addEventListener('submit', async event => {
    event.preventDefault();
    const errors = $('.form-error', form);
    const quantity = $('#an-quantity').selectedOptions[0];
    const value = parse($('#an-value').value, quantity.dataset.unit);
    const tolerance = parse($('#an-tolerance').value || '1', 'RATIO');
    if (value.error || tolerance.error) {
        errors.textContent = value.error ? 'The figure: ' + value.error : 'Within: ' + tolerance.error;
        return;
    }
    errors.textContent = '';
    const name = $('#an-name').value.trim();
    const saved = await post('PUT', '/anchors/' + idOf(name, $('#an-period').value), {name,
        quantity: quantity.value, subject: $('#an-subject').value.trim() || null, period: $('#an-period').value,
        value: value.value, bound: $('#an-bound').value, tolerance: tolerance.value,
        published: $('#an-published').value || null, source: $('#an-source').value.trim(),
        reason: $('#an-reason').value.trim()}, errors);
    if (saved) {
        ['#an-name', '#an-subject', '#an-value', '#an-source', '#an-reason'].forEach(field => $(field).value = '');
    }
});

$('#calibration').addEventListener('click', async event => {
    const button = event.target.closest('[data-remove-anchor]');
    const reason = button && prompt('Why take this figure out of the calibration?');
    if (reason) {
        await post('POST', '/anchors/' + encodeURIComponent(button.dataset.removeAnchor) + '/remove', {reason});
    }
});

on('loaded', () => whenShown('panel-calibration', show));
