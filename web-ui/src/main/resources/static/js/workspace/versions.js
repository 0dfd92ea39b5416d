/* The Versions panel: named versions, the lock, comparing named versions, comments. */
import {get} from '../http.js';
import {describe} from '../problems.js';
import {showDiff} from './compare.js';
import {$, $$, fillRows, linkButton, options, when} from './dom.js';
import {post} from './loading.js';
import {notice} from './notices.js';
import {api, canPlan, on, state, workspace} from './scenario.js';
import {travelTo} from './time-travel.js';
import {selectTab, whenShown} from './view.js';

async function loadTags() {
    const answer = await get(api('/tags'));
    $('#lock-status').textContent = answer.locked
        ? 'Locked: changes of the assumptions are refused until an admin unlocks it.'
        : 'Open for changes.';
    workspace.dataset.locked = String(answer.locked);
    fillRows($('#tag-rows'), answer.tags.map(t => {
        const actions = document.createDocumentFragment();
        actions.appendChild(linkButton('View', {view: String(t.version)}));
        if (canPlan) {
            actions.append(' ', linkButton('Restore as a new scenario', {restore: t.name}));
        }
        return [t.name, 'v' + t.version, t.taggedBy, when(t.taggedAt), t.reason ?? '', actions];
    }), 'No named versions yet.', 6);
    const choices = [['', 'latest version']].concat(answer.tags.map(t => ['tag:' + t.name, t.name + ' (v' + t.version + ')']));
    $$('[data-tag-choices]').forEach((select, index) => {
        const kept = select.value;
        options(select, choices, false);
        select.value = choices.some(([value]) => value === kept) ? kept
            : choices[Math.min(index === 0 ? 1 : 0, choices.length - 1)][0];
    });
}

$('#tag-rows').addEventListener('click', async event => {
    const view = event.target.closest('[data-view]');
    const restore = event.target.closest('[data-restore]');
    if (view) {
        selectTab('charts');
        await travelTo(Number(view.dataset.view));
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
        $('#lock-reason').value = '';
        await loadTags();
    }
}

$('#lock')?.addEventListener('click', () => lock('/lock'));
$('#unlock')?.addEventListener('click', () => lock('/unlock'));

$('#tag-compare-form').addEventListener('submit', async event => {
    event.preventDefault();
    const params = new URLSearchParams({from: $('#tag-a').value || String(state.version)});
    if ($('#tag-b').value) {
        params.set('to', $('#tag-b').value);
    }
    await showDiff(params, $('#tag-compare'));
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

const showTags = () => loadTags().catch(problem => notice(describe(problem), 'error'));

on('loaded', () => whenShown('panel-versions', showTags));
