/*
 * The History panel (server fragments by htmx): read when it shows, and again after a change while it shows. A saved
 * set or a merge unfolds into its changes; a change is reverted from its entry.
 */
import {get} from '../http.js';
import {describe} from '../problems.js';
import {$, alert, element, when} from './dom.js';
import {change} from './loading.js';
import {api, emit, on} from './scenario.js';
import {whenShown} from './view.js';

const readHistory = () => emit('history', null, document.body);

whenShown('panel-history', readHistory);
on('changed', () => whenShown('panel-history', readHistory));

/** One change of a set or a merge: what, who and when, why, on what evidence. */
function changeItem(entry) {
    const item = element('li');
    item.append(element('p', entry.summary, 'what'),
        element('p', 'by ' + (entry.user ?? 'unknown') + ', ' + when(entry.time), 'muted'));
    if (entry.reason) {
        item.appendChild(element('p', 'Why: ' + entry.reason, 'why'));
    }
    if (entry.evidence) {
        item.appendChild(element('p', 'Evidence: ' + entry.evidence, 'evidence'));
    }
    return item;
}

$('#history').addEventListener('toggle', async event => {
    const details = event.target;
    if (!details.matches?.('details.unfold') || !details.open || details.dataset.read) {
        return;
    }
    details.dataset.read = 'true';
    const list = $('.unfolded', details);
    try {
        const changes = await get(api('/versions/' + details.dataset.version + '/changes'));
        list.replaceChildren(...changes.map(changeItem));
    } catch (problem) {
        list.replaceChildren(alert(describe(problem)));
    }
}, true);

/** The later changes a revert would undo part of, as the refusal lists them. */
function laterChanges(conflicts) {
    const list = element('ul');
    conflicts.forEach(c => list.appendChild(element('li', 'v' + c.version + ' · ' + c.user + ' · ' + c.summary
        + (c.reason ? ' (why: ' + c.reason + ')' : ''))));
    return list;
}

function revertForm(entry, version) {
    const form = element('form', null, 'revert-form row');
    form.setAttribute('aria-label', 'Revert version ' + version);
    const label = element('label', 'Why revert version ' + version);
    const reason = element('input');
    reason.required = true;
    reason.maxLength = 900;
    reason.id = 'revert-reason-' + version;
    label.htmlFor = reason.id;
    const submit = element('button', 'Revert version ' + version, 'primary');
    submit.type = 'submit';
    const errors = element('div', null, 'error');
    errors.setAttribute('role', 'alert');
    const field = element('div', null, 'field grow');
    field.append(label, reason);
    form.append(field, submit, errors);
    form.addEventListener('submit', async event => {
        event.preventDefault();
        errors.replaceChildren();
        await change('POST', '/changes/' + version + '/revert', {reason: reason.value}, problem => {
            if (problem.body?.conflicts?.length) {
                errors.append(element('p', 'Not reverted: later changes set the same assumptions. Revert them first, '
                    + 'or set the figures anew.'), laterChanges(problem.body.conflicts));
            } else {
                errors.textContent = describe(problem);
            }
        });
    });
    entry.appendChild(form);
    reason.focus();
}

$('#history').addEventListener('click', event => {
    const button = event.target.closest('[data-action="revert"]');
    if (button) {
        const entry = button.closest('li.event');
        const open = $('.revert-form', entry);
        if (open) {
            open.remove();
        } else {
            revertForm(entry, Number(button.dataset.version));
        }
    }
});
