/*
 * The Proposals panel: a fork's changes offered to the scenario it was forked from. The list shows this scenario's
 * proposals and those of its forks; one opens with its changes, its impact on the target as it stands now, the
 * conflicts side by side with a choice for each, the review, and the merge.
 */
import {get, send} from '../http.js';
import {format, parse} from '../format.js';
import {describe, familyWords} from '../problems.js';
import {$, alert, element, fillRows, linkButton, options, table, when} from './dom.js';
import {reload} from './loading.js';
import {busy, notice} from './notices.js';
import {api, canPlan, changed, on, ownVersions, scenarioId, state} from './scenario.js';
import {whenShown} from './view.js';

const STATUS = {OPEN: 'Open', MERGED: 'Merged', CLOSED: 'Closed'};
const VERDICT = {APPROVED: 'Approved', CHANGES_REQUESTED: 'Changes asked for'};
const proposalPath = (scenario, number, path = '') => '/api/scenarios/' + scenario + '/proposals/' + number + path;

/** The proposal open in the panel: its scenario and number. */
let shown = null;

/** The live changes of the forks whose proposals are open: a review there shows here at once. */
const forksFollowed = new Map();

function follow(proposals) {
    const open = new Set(proposals.filter(p => p.status === 'OPEN' && p.scenarioId !== scenarioId).map(p => p.scenarioId));
    forksFollowed.forEach((events, fork) => {
        if (!open.has(fork)) {
            events.close();
            forksFollowed.delete(fork);
        }
    });
    open.forEach(fork => {
        if (!forksFollowed.has(fork)) {
            const events = new EventSource('/api/scenarios/' + fork + '/events');
            events.addEventListener('change', refresh);
            forksFollowed.set(fork, events);
        }
    });
}

async function listProposals() {
    const proposals = await get(api('/proposals'));
    follow(proposals);
    fillRows($('#proposal-rows'), proposals.map(p => [
        '#' + p.proposal + ' ' + p.title,
        p.scenarioId === scenarioId ? 'this scenario' : p.scenarioName,
        STATUS[p.status],
        p.latestVerdict ? VERDICT[p.latestVerdict] + (p.approvals > 1 ? ' (' + p.approvals + ' approvals)' : '')
            : 'Not reviewed yet',
        linkButton('Open', {open: p.scenarioId, number: p.proposal})
    ]), 'No proposals: a fork proposes its changes here.', 5);
}

function refresh() {
    whenShown('panel-proposals', () => {
        listProposals().catch(problem => notice(describe(problem), 'error'));
        if (shown) {
            openProposal(shown.scenario, shown.number);
        }
    });
}

refresh();
on('changed', refresh);

$('#proposal-rows').addEventListener('click', event => {
    const button = event.target.closest('[data-open]');
    if (button) {
        openProposal(button.dataset.open, Number(button.dataset.number));
    }
});

$('#propose-form')?.addEventListener('submit', async event => {
    event.preventDefault();
    const form = event.target;
    const errors = $('.form-error', form);
    errors.textContent = '';
    try {
        const opened = await busy(() => send('POST', api('/proposals'), {title: $('#proposal-title').value,
            description: $('#proposal-description').value}));
        form.reset();
        ownVersions.add(opened.version);
        notice('Proposed: proposal #' + opened.proposal + ' waits for review.', 'ok');
        shown = {scenario: opened.scenarioId, number: opened.proposal};
        await reload();
        changed();
    } catch (problem) {
        errors.textContent = describe(problem);
    }
});

async function openProposal(scenario, number) {
    shown = {scenario, number};
    try {
        const proposal = await busy(() => get(proposalPath(scenario, number)));
        render(proposal);
    } catch (problem) {
        notice(describe(problem), 'error');
    }
}

/** What a reviewer or merger typed or chose in the card, by field, to put back when the card is drawn again. */
function typed(card) {
    const key = field => field.id || (field.closest('fieldset')?.dataset.item ?? '') + ':' + field.name + ':'
        + (field.type === 'radio' ? field.value : field.className);
    const entries = [...card.querySelectorAll('input, textarea, select')]
        .map(field => [key(field), field.type === 'radio' ? field.checked : field.value]);
    return fresh => fresh.querySelectorAll('input, textarea, select').forEach(field => {
        const found = entries.find(([name]) => name === key(field));
        if (found && field.type === 'radio') {
            field.checked = found[1];
        } else if (found) {
            field.value = found[1];
        }
    });
}

function render(p) {
    const card = $('#proposal');
    const shownKey = p.scenarioId + '#' + p.proposal;
    const putBack = card.dataset.key === shownKey ? typed(card) : null;
    card.dataset.key = shownKey;
    card.hidden = false;
    const title = element('h3', '#' + p.proposal + ' ' + p.title + ' ');
    title.appendChild(element('span', STATUS[p.status], 'badge' + (p.status === 'OPEN' ? '' : ' muted')));
    card.replaceChildren(title,
        element('p', 'Proposed by ' + p.author + ' on ' + when(p.opened) + ': the changes of "' + p.scenarioName
            + '" after its version ' + p.fromVersion + ', into "' + p.targetName + '" (now at version '
            + p.targetVersion + ').', 'muted'));
    if (p.description) {
        card.appendChild(element('p', p.description, 'description'));
    }
    card.append(element('h4', 'Changes'), changesTable(p.changes), element('h4', 'Impact on "' + p.targetName
        + '" as it stands now'), ...impact(p.impact));
    if (p.conflicts.length) {
        card.append(element('h4', 'Conflicts: "' + p.targetName + '" changed the same assumptions since the fork'),
            ...p.conflicts.map((conflict, index) => conflictChoice(conflict, index, p)));
    }
    card.append(element('h4', 'Review'), activityList(p.activity));
    if (p.status === 'OPEN') {
        card.append(reviewForm(p));
        if (canPlan) {
            card.append(mergeForm(p));
        }
    }
    putBack?.(card);
}

function changesTable(changes) {
    return table('Changes of the proposal', ['Version', 'Change', 'By', 'When', 'Why', 'Evidence'],
        changes.map(c => [String(c.version), c.summary, c.user, when(c.time), c.reason ?? '', c.evidence ?? '']),
        {empty: 'No assumption changed yet.'});
}

/** The key outputs of the plan's last year, the target now against the target with the proposal, and why. */
function impact(impact) {
    if (impact.refused) {
        return [alert('The model refuses the target with these changes: ' + impact.refused)];
    }
    const year = impact.diff.years[impact.diff.years.length - 1];
    const outputs = table('Impact on ' + year.year, ['Output in ' + year.year, 'Target now', 'With the proposal',
        'Change'], year.outputs.map(o => [o.name, format(o.left, o.unit), format(o.right, o.unit),
        o.change === null ? '–' : (Number(o.change) > 0 ? '+' : '') + format(o.change, o.unit)]));
    const a = impact.attribution;
    const bars = table('What moves ' + a.metricName, ['Change', 'By', 'Effect on ' + a.metricName],
        a.bars.map(bar => [bar.summary, bar.user, (Number(bar.delta) > 0 ? '+' : '') + format(bar.delta, a.unit)]));
    return [outputs, element('p', a.metricName + ': ' + format(a.before, a.unit) + ' now, '
        + format(a.after, a.unit) + ' with the proposal.', 'muted'), bars];
}

function side(title, changes) {
    const column = element('div', null, 'conflict-side');
    column.appendChild(element('h5', title));
    if (!changes.length) {
        column.appendChild(element('p', 'Not set', 'muted'));
    }
    changes.forEach(c => column.append(element('p', c.summary, 'what'),
        element('p', 'v' + c.version + ' by ' + c.user + ', ' + when(c.time), 'muted'),
        element('p', c.reason ? 'Why: ' + c.reason : '', 'why')));
    return column;
}

function radio(name, value, text, checked = false) {
    const label = element('label', null, 'choice');
    const input = element('input');
    input.type = 'radio';
    input.name = name;
    input.value = value;
    input.checked = checked;
    label.append(input, ' ' + text);
    return label;
}

/** One conflict: base, target and proposal side by side, and how the merge settles it. */
function conflictChoice(conflict, index, p) {
    const box = element('fieldset', null, 'conflict');
    box.dataset.item = conflict.item;
    if (conflict.edit) {
        box.dataset.row = conflict.edit.row;
        box.dataset.quarter = conflict.edit.quarter ?? '';
    }
    box.appendChild(element('legend', conflict.label + ' (' + familyWords(conflict.target[0]?.family) + ')'));
    const sides = element('div', null, 'conflict-sides');
    sides.append(side('Before the fork', conflict.base ? [conflict.base] : []),
        side('"' + p.targetName + '" since', conflict.target), side('This proposal', conflict.proposal));
    box.appendChild(sides);
    if (p.status === 'OPEN' && canPlan) {
        const name = 'resolve-' + index;
        const choices = element('div', null, 'row');
        choices.append(radio(name, 'TARGET', 'Keep the target\'s'), radio(name, 'PROPOSAL', 'Take the proposal\'s'));
        if (conflict.edit) {
            const edit = radio(name, 'EDIT', 'Set ' + conflict.edit.name.toLowerCase()
                + (conflict.edit.quarter ? ' from ' + conflict.edit.quarter : '') + ' to');
            const figure = element('input', null, 'figure');
            figure.setAttribute('aria-label', conflict.label + ': the figure to set');
            figure.dataset.unit = conflict.edit.unit;
            figure.addEventListener('focus', () => $('input[value="EDIT"]', edit).checked = true);
            edit.appendChild(figure);
            choices.appendChild(edit);
        }
        box.appendChild(choices);
    }
    return box;
}

function activityList(activity) {
    const list = element('ol', null, 'timeline');
    activity.forEach(a => {
        const item = element('li', null, 'event');
        item.append(element('p', a.summary, 'what'), element('p', 'by ' + a.user + ', ' + when(a.time), 'muted'));
        list.appendChild(item);
    });
    return list;
}

function reviewForm(p) {
    const form = element('form', null, 'review-form');
    form.setAttribute('aria-label', 'Review proposal #' + p.proposal);
    const label = element('label', 'Comment, or say what to change');
    const text = element('textarea');
    text.id = 'review-text';
    text.rows = 2;
    text.maxLength = 4000;
    label.htmlFor = text.id;
    const aboutLabel = element('label', 'About');
    const about = element('select');
    about.id = 'review-about';
    aboutLabel.htmlFor = about.id;
    options(about, [['', 'the proposal as a whole'], ...[...new Map(p.changes.map(c => [String(c.version),
        'version ' + c.version + ': ' + c.summary])).entries()]]);
    const errors = element('p', null, 'error');
    errors.setAttribute('role', 'alert');
    const buttons = element('div', null, 'row');
    const act = (caption, kind, path, body) => {
        const button = element('button', caption, kind);
        button.type = 'button';
        button.addEventListener('click', async () => {
            errors.textContent = '';
            try {
                const result = await busy(() => send('POST', proposalPath(p.scenarioId, p.proposal, path), body()));
                if (result.scenarioId === scenarioId) {
                    ownVersions.add(result.version);
                }
                $('#review-text').value = ''; // the field now shown: the card may have been drawn again meanwhile
                notice(caption + ': done.', 'ok');
                changed();
            } catch (problem) {
                errors.textContent = describe(problem);
            }
        });
        return button;
    };
    buttons.append(act('Comment', 'secondary', '/comments', () => ({text: text.value,
            aboutVersion: about.value ? Number(about.value) : null})),
        act('Approve', 'primary', '/reviews', () => ({verdict: 'APPROVED', text: text.value})),
        act('Ask for changes', 'secondary', '/reviews', () => ({verdict: 'CHANGES_REQUESTED', text: text.value})));
    if (canPlan) {
        buttons.append(act('Close without merging', 'secondary', '/close', () => ({reason: text.value})));
    }
    const fields = element('div', null, 'row');
    const textField = element('div', null, 'field grow');
    textField.append(label, text);
    const aboutField = element('div', null, 'field');
    aboutField.append(aboutLabel, about);
    fields.append(textField, aboutField);
    form.append(fields, buttons, errors);
    return form;
}

/** How each conflict is settled, as the merge takes it; a refusal when one is left open or a figure is not one. */
function resolutions(card) {
    return [...card.querySelectorAll('fieldset.conflict')].map(box => {
        const chosen = box.querySelector('input[type="radio"]:checked');
        if (!chosen) {
            return null;
        }
        const resolution = {item: box.dataset.item, take: chosen.value};
        if (chosen.value === 'EDIT') {
            const figure = box.querySelector('input.figure');
            const parsed = parse(figure.value, figure.dataset.unit);
            if (parsed.error) {
                throw new Error(box.querySelector('legend').textContent + ': ' + parsed.error);
            }
            resolution.edits = [{row: box.dataset.row, quarter: box.dataset.quarter || null, value: parsed.value}];
        }
        return resolution;
    }).filter(resolution => resolution !== null);
}

function mergeForm(p) {
    const form = element('form', null, 'merge-form row');
    form.setAttribute('aria-label', 'Merge proposal #' + p.proposal);
    const field = element('div', null, 'field grow');
    const label = element('label', 'Why it goes into "' + p.targetName + '"');
    const reason = element('input');
    reason.id = 'merge-reason';
    reason.maxLength = 900;
    label.htmlFor = reason.id;
    field.append(label, reason);
    const submit = element('button', 'Merge into "' + p.targetName + '"', 'primary');
    submit.type = 'submit';
    submit.disabled = !p.approved;
    const errors = element('div', null, 'error');
    errors.setAttribute('role', 'alert');
    const hint = element('p', p.approved ? '' : 'A merge waits for an approval by someone other than ' + p.author
        + ', in the latest review.', 'muted');
    form.append(field, submit, hint, errors);
    form.addEventListener('submit', async event => {
        event.preventDefault();
        errors.replaceChildren();
        let settled;
        try {
            settled = resolutions($('#proposal'));
        } catch (invalid) {
            errors.textContent = invalid.message;
            return;
        }
        try {
            const merged = await busy(() => send('POST', proposalPath(p.scenarioId, p.proposal, '/merge'),
                {sourceVersion: p.scenarioVersion, resolutions: settled, reason: reason.value}, p.targetVersion));
            notice('Merged into "' + p.targetName + '" as its version ' + merged.version + '.', 'ok');
            if (p.targetScenarioId === scenarioId) {
                ownVersions.add(merged.version);
                state.version = Math.max(state.version, merged.version);
                await reload();
            }
            changed();
        } catch (problem) {
            const open = problem.body?.conflicts;
            if (open?.length) {
                const list = element('ul');
                open.forEach(c => list.appendChild(element('li', c.label)));
                errors.append(element('p', 'Not merged: settle each conflict first.'), list);
            } else if (problem.status === 409) {
                notice('Not merged: ' + describe(problem), 'error');
                openProposal(p.scenarioId, p.proposal); // read again: the proposal or its target moved on
            } else {
                errors.textContent = describe(problem);
            }
        }
    });
    return form;
}
