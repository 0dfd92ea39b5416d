/*
 * Time travel: the slider shows the scenario as of a version (every tab, figure and export follows); versions that
 * change no figure (names, comments, tags, locks) are stepped over. Fork from any version.
 */
import {get, send} from '../http.js';
import {describe} from '../problems.js';
import {$, when} from './dom.js';
import {reload} from './loading.js';
import {busy, notice} from './notices.js';
import {api, state} from './scenario.js';
import {remember, selectTab} from './view.js';

const PAGE_SIZE = 500;
/** The history by version: an entry never changes once made. */
const history = new Map();

async function eventAt(version) {
    if (!history.has(version)) {
        const page = await get(api('/history?size=' + PAGE_SIZE + '&page=' + Math.floor((state.version - version) / PAGE_SIZE)));
        page.entries.forEach(e => history.set(e.version, e));
    }
    return history.get(version);
}

/** A version made by an event of the scenario itself, not of its assumptions: the figures are those before it. */
async function changesNoFigure(version) {
    return version > 1 && version < state.version && (await eventAt(version))?.family === 'SCENARIO';
}

/** From {@code version} in {@code direction} (+1, -1) to the first version that changes a figure. */
async function figureVersionFrom(version, direction) {
    let at = version;
    while (await changesNoFigure(at)) {
        at += direction || -1;
    }
    return at;
}

function describeEvent(version, event, skipped) {
    if (state.viewing === null) {
        return 'Latest version.';
    }
    const made = event ? ': ' + event.summary + ' — ' + event.user + ', '
        + when(event.time) + (event.reason ? ' (why: ' + event.reason + ')' : '')
        : '';
    const over = skipped ? ' Stepped over version' + (skipped.length > 1 ? 's ' + skipped[0] + '–' + skipped[skipped.length - 1]
        : ' ' + skipped[0]) + ': ' + (skipped.length > 1 ? 'they change' : 'it changes') + ' no figure (names, comments, tags).' : '';
    return 'As of version ' + version + made + '.' + over;
}

/** Shows the scenario as of {@code version}; the latest version (or later) goes back to now. */
export async function travelTo(version, skipped = null) {
    state.viewing = version >= state.version ? null : version;
    remember({version: state.viewing === null ? null : String(state.viewing)});
    $('#as-of').value = String(version);
    $('#as-of-label').textContent = String(version);
    await reload();
    $('#as-of-event').textContent = describeEvent(version, state.viewing === null ? null : await eventAt(version), skipped);
}

export const backToNow = () => travelTo(state.version);

let travelTimer = null;
$('#as-of').addEventListener('input', event => {
    $('#as-of-label').textContent = event.target.value;
    clearTimeout(travelTimer);
    travelTimer = setTimeout(async () => {
        const asked = Number(event.target.value);
        const target = await figureVersionFrom(asked, Math.sign(asked - (state.viewing ?? state.version)));
        const low = Math.min(asked, target);
        const skipped = Array.from({length: Math.abs(target - asked) + 1}, (_, i) => low + i).filter(v => v !== target);
        await travelTo(target, skipped.length ? skipped : null);
    }, 150);
});
$('#back-to-now').addEventListener('click', backToNow);

/** Starts a new scenario from {@code version} and opens it once it exists. */
async function forkAt(version) {
    const name = prompt('Name of the new scenario, started from version ' + version + ':', 'Fork of version ' + version);
    if (!name) {
        return;
    }
    try {
        const created = await busy(() => send('POST', api('/forks'), {name, asOfVersion: version,
            reason: 'forked from version ' + version}));
        window.location.href = '/scenarios/' + created.scenarioId;
    } catch (problem) {
        notice(describe(problem), 'error');
    }
}

$('#fork-here')?.addEventListener('click', () => forkAt(Number($('#as-of').value)));

$('#history').addEventListener('click', event => {
    const button = event.target.closest('[data-action]');
    if (button?.dataset.action === 'view-as-of') {
        selectTab('charts');
        travelTo(Number(button.dataset.version));
    } else if (button?.dataset.action === 'fork-from') {
        forkAt(Number(button.dataset.version));
    }
});
