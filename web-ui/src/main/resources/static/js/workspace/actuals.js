/* The Actuals panel: what happened, recorded per quarter, and the plan of a past version held against it. */
import {format} from '../format.js';
import {get} from '../http.js';
import {describe, familyWords} from '../problems.js';
import {$, alert, element, table} from './dom.js';
import {post} from './loading.js';
import {busy} from './notices.js';
import {api} from './scenario.js';

const FIGURES = {CHIPS_DELIVERED: 'Chips delivered', SERVED_TOKENS: 'Tokens served', CAPEX: 'Spend on chips'};

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

$('#accountability-form').addEventListener('submit', async event => {
    event.preventDefault();
    try {
        const result = await busy(() => get(api('/accountability?asOf=' + encodeURIComponent($('#ac-asof').value))));
        const scroll = element('div', null, 'table-scroll');
        scroll.appendChild(table('Forecast against actuals', ['Quarter', 'Figure', 'Forecast then', 'Actual', 'Error then',
            'Corrected since, by family', 'Forecast now', 'Error now'], result.checks.map(c => [c.quarter, FIGURES[c.metric],
            format(c.forecastThen, c.unit), format(c.actual, c.unit), format(c.errorThen, c.unit),
            Object.entries(c.correctedBy).map(([family, delta]) => familyWords(family) + ' ' + format(delta, c.unit)).join(', '),
            format(c.forecastNow, c.unit), format(c.errorNow, c.unit)]), {empty: 'No actuals recorded yet.'}));
        $('#accountability').replaceChildren(element('h3', 'The plan at version ' + result.versionThen
            + ' against what happened (now at version ' + result.versionNow + ')'), scroll);
    } catch (problem) {
        $('#accountability').replaceChildren(alert(describe(problem)));
    }
});
