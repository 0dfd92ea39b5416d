/*
 * The Assumptions panel's editors: one form per command, filled with the values of the version shown, sent against
 * the version the planner started typing on; refusals shown at the field they are about.
 */
import {fieldWords} from '../problems.js';
import {$, $$, element, fromTemplate, options, row} from './dom.js';
import {change, editingOff} from './loading.js';
import {canPlan, on, state} from './scenario.js';
import {whenShown} from './view.js';

/** The quarters of the horizon: "2024Q1", "2024Q2", … */
export function quarters() {
    const horizon = state.assumptions.horizon;
    const [fy, fq] = horizon.first.split('Q').map(Number);
    const [ly, lq] = horizon.last.split('Q').map(Number);
    const list = [];
    for (let i = fy * 4 + fq - 1; i <= ly * 4 + lq - 1; i++) {
        list.push(Math.floor(i / 4) + 'Q' + (i % 4 + 1));
    }
    return list;
}

function valueAt(schedule, quarter) {
    let value = null;
    (schedule?.changes || []).forEach(c => {
        if (c.from <= quarter) {
            value = c.value;
        }
    });
    return value;
}

/** The choices of every panel's selects (quarters, classes, chip types): cheap, so kept current everywhere. */
function fillChoices() {
    if (!canPlan || !state.assumptions) {
        return;
    }
    const a = state.assumptions;
    const classIds = a.workloadClasses.map(c => [c.id, c.name + ' (' + c.id + ')']);
    $$('select[data-quarters]').forEach(select => options(select, quarters().map(q => [q, q])));
    $$('select[data-classes]').forEach(select =>
        options(select, (select.hasAttribute('data-all') ? [['all', 'All classes']] : []).concat(classIds)));
    $$('select[data-chips]').forEach(select => options(select, a.chipTypes.map(c => [c.id, c.name + ' (' + c.id + ')'])));
}

function fill() {
    if (!canPlan || !state.assumptions) {
        return;
    }
    const a = state.assumptions;
    // an editor a planner is typing in keeps what they typed (see baseVersion below)
    $$('[data-fill]').forEach(input => {
        const value = input.dataset.fill.split('.').reduce((o, k) => o?.[k], a);
        if (value !== undefined && !input.form?.dataset.baseVersion) {
            input.value = value;
        }
    });
    if (!$('#mix-form').dataset.baseVersion) {
        fillMix();
    }
    fillChips();
}

function fillMix() {
    const quarter = $('#f-mix-q').value || quarters()[0];
    const mix = valueAt(state.assumptions.modelMix, quarter)?.shares || {};
    $('#mix-shares').replaceChildren(...state.assumptions.workloadClasses.map(c => {
        const field = fromTemplate('mix-share');
        const input = $('input', field);
        input.id = 'share-' + c.id;
        input.name = 'shares.' + c.id;
        input.value = String(+((mix[c.id] || 0) * 100).toFixed(6));
        const label = $('label', field);
        label.htmlFor = input.id;
        label.textContent = c.name;
        return field;
    }));
}

function fillChips() {
    $('#chip-rows').replaceChildren(...state.assumptions.chipTypes.map(c => row([c.id, c.name, c.vendor, c.kind,
        Math.round(c.peakFlopsPerSecond / 1e12).toLocaleString('en'), Math.round(c.servingEfficiency * 100) + ' %',
        c.tdpWatts.toLocaleString('en'), '$' + Number(c.unitPrice).toLocaleString('en'), String(c.usefulLifeYears)])));
    $('#chip-ids').replaceChildren(...state.assumptions.chipTypes.map(c => {
        const option = element('option');
        option.value = c.id;
        return option;
    }));
}

/** Every editor off, with why, at a past version or in a locked or archived scenario. */
function showEditorsOff() {
    const why = editingOff();
    $$('#panel-assumptions form.edit :is(input, select, button, textarea)').forEach(control => control.disabled = why !== null);
    const note = $('#editors-off');
    if (note) {
        note.hidden = why === null;
        note.textContent = why ?? '';
    }
}

function typed(input) {
    if (input.dataset.type !== 'number') {
        return input.value;
    }
    if (input.value.trim() === '') {
        return null;
    }
    const number = Number(input.value.replace(/[,_\s]/g, ''));
    const scale = input.dataset.scale ? Number(input.dataset.scale) : 1;
    return Number.isNaN(number) ? input.value : +(number * scale).toPrecision(15);
}

/** The request a form makes: path parameters filled in, body fields nested by their dotted names. */
function formRequest(form) {
    let path = form.dataset.path;
    const body = {};
    $$('input[name], select[name]', form).forEach(input => {
        if (input.dataset.in === 'path') {
            path = path.replace('{' + input.name + '}', encodeURIComponent(input.value));
        } else if (!(input.hasAttribute('data-optional') && input.value === '')) {
            const keys = input.name.split('.');
            let target = body;
            keys.slice(0, -1).forEach(k => target = target[k] = target[k] || {});
            target[keys[keys.length - 1]] = typed(input);
        }
    });
    const headers = {};
    $$('[data-header]', form).filter(input => input.value.trim() !== '')
        .forEach(input => headers[input.dataset.header] = input.value.trim());
    return {method: form.dataset.method, path, body, headers};
}

function inputFor(form, field) {
    const candidates = [field, field.replace(/.*\./, ''), field.replace(/.*\.shares\[(.*)\]$/, 'shares.$1'),
        field.replace(/\[.*$/, '')];
    for (const name of candidates) {
        const input = form.elements?.[name];
        if (input && input.closest?.('.field')) {
            return input;
        }
    }
    return null;
}

function clearErrors(form) {
    $$('[data-error-for]', form).forEach(e => e.textContent = '');
    $$('.field .error', form).forEach(e => e.remove());
    $$('[aria-invalid]', form).forEach(e => e.removeAttribute('aria-invalid'));
    $('.form-error', form).textContent = '';
}

/** Each violation at its field; one the form has no field for in the form's own error line. */
function showErrors(form, problem) {
    clearErrors(form);
    const unplaced = [];
    const violations = problem.body?.violations || [{field: problem.body?.field, reason: problem.body?.reason || problem.message}];
    violations.forEach(v => {
        const input = inputFor(form, v.field || '');
        const group = input ? null : $('[data-error-for="' + CSS.escape((v.field || '').replace(/.*\./, '').replace(/\[.*$/, '')) + '"]', form);
        if (input) {
            input.setAttribute('aria-invalid', 'true');
            const message = element('p', v.reason, 'error');
            message.id = input.id + '-error';
            input.setAttribute('aria-describedby', message.id);
            input.closest('.field').appendChild(message);
        } else if (group) {
            group.textContent = v.reason;
        } else {
            unplaced.push((v.field ? fieldWords(v.field) + ': ' : '') + v.reason);
        }
    });
    $('.form-error', form).textContent = unplaced.join('; ');
}

/**
 * The version a form's edit was started at: a change that arrives live while a planner is typing must not be
 * overwritten unseen, so the save is made against the version the planner was looking at.
 */
document.addEventListener('input', event => {
    const form = event.target.closest('form.edit');
    if (form && !form.dataset.baseVersion) {
        form.dataset.baseVersion = String(state.version);
    }
});

$$('form.edit').forEach(form => form.addEventListener('submit', async event => {
    event.preventDefault();
    if (!form.reportValidity()) {
        return;
    }
    const request = formRequest(form);
    $('.form-error', form).textContent = '';
    const saved = await change(request.method, request.path, request.body, problem => showErrors(form, problem), form,
        request.headers);
    if (saved) {
        clearErrors(form);
        form.elements.reason.value = '';
        $$('[data-header]', form).forEach(input => input.value = '');
    }
}));

$('#f-mix-q')?.addEventListener('change', fillMix);

const chipForm = $('#chip-form');
chipForm?.querySelector('[data-chip-mode]').addEventListener('change', event => {
    const changing = event.target.value === 'change';
    chipForm.dataset.method = changing ? 'PUT' : 'POST';
    chipForm.dataset.path = changing ? '/chip-types/{chipType}' : '/chip-types';
    $('#f-ch-id').dataset.in = changing ? 'path' : '';
});
$('#f-ch-id')?.addEventListener('change', event => {
    const chip = state.assumptions.chipTypes.find(c => c.id === event.target.value);
    if (chip) {
        ['name', 'vendor', 'kind', 'peakFlopsPerSecond', 'hbmGigabytes', 'tdpWatts', 'unitPrice', 'usefulLifeYears',
            'servingEfficiency'].forEach(field => chipForm.elements[field].value = chip[field]);
    }
});

function refresh() {
    fill();
    showEditorsOff();
}

on('loaded', () => {
    fillChoices();
    whenShown('panel-assumptions', refresh);
});
