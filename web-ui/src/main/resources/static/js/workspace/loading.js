/* Reading the version shown (assumptions and projection) and saving changes against the version a planner saw. */
import {get, send} from '../http.js';
import {describe} from '../problems.js';
import {$} from './dom.js';
import {busy, conflict, notice} from './notices.js';
import {api, asOfViewed, changed, emit, ownVersions, state} from './scenario.js';

/** The projection's answer for the version shown; one request per version however many ask at once. */
let projectionRead = null;

function readProjection() {
    // after the first load, the version meant exactly: the read model may not hold a change just made yet
    const version = state.viewing ?? (state.projection ? state.version : null);
    const key = String(version);
    if (projectionRead?.key !== key) {
        const answer = get(api('/projection' + (version === null ? '' : '?asOf=' + version)));
        projectionRead = {key, answer};
        answer.catch(() => null).then(() => {
            if (projectionRead?.answer === answer) {
                projectionRead = null;
            }
        });
    }
    return projectionRead.answer;
}

export async function loadProjection(answer = readProjection()) {
    const response = await answer;
    if (response.version === state.projectionVersion && state.projection && state.viewing === null) {
        return; // shown already
    }
    state.projection = response.projection;
    state.projectionVersion = response.version;
    emit('projection');
}

/** The assumptions of the version shown; the editors are on at the latest version only. */
export async function loadAssumptions() {
    const response = await get(api('/assumptions' + asOfViewed()));
    state.assumptions = response.assumptions;
    state.archived = response.archived;
    state.locked = response.locked;
    if (state.viewing === null) {
        state.version = Math.max(state.version, response.version);
    }
    showVersion();
    emit('loaded');
}

/** Assumptions first: the charts need the chip catalog (vendors) to draw the fleet. */
export async function reload() {
    await busy(async () => {
        const projection = readProjection(); // read while the assumptions are, shown after them
        await loadAssumptions();
        await loadProjection(projection);
    });
}

function showVersion() {
    $('#version-badge').textContent = 'version ' + state.version;
    const slider = $('#as-of');
    slider.max = String(state.version);
    if (state.viewing === null) {
        slider.value = String(state.version);
        $('#as-of-label').textContent = String(state.version);
    }
}

/** Why no assumption can be changed now, or null when they can. */
export function editingOff() {
    if (state.viewing !== null) {
        return 'You are looking at version ' + state.viewing + '. Go back to now to edit.';
    }
    if (state.archived) {
        return 'This scenario is archived: it keeps its assumptions as they were.';
    }
    if (state.locked) {
        return 'This scenario is locked: an admin unlocks it before it can change.';
    }
    return null;
}

/**
 * Sends a change made against the version {@code holder} (an editor) was started at, or the latest: a change that
 * arrives live while a planner is typing must not be overwritten unseen. A refusal goes to {@code onRefused} (or a
 * notice); a conflict shows what others changed and keeps the planner's entries. Answers whether it was saved.
 */
export async function change(method, path, body, onRefused, holder, headers) {
    const version = holder?.dataset.baseVersion ? Number(holder.dataset.baseVersion) : state.version;
    try {
        const result = await busy(() => send(method, api(path), body, version, headers));
        if (holder) {
            delete holder.dataset.baseVersion;
        }
        state.version = result.version;
        ownVersions.add(result.version);
        notice('Saved: version ' + result.version + '.', 'ok');
        emit('version');
        await reload();
        changed();
        return true;
    } catch (problem) {
        if (problem.status === 409 && problem.body?.missedChanges) {
            if (holder) {
                holder.dataset.baseVersion = String(problem.body.currentVersion); // seen now: saving again is deliberate
            }
            conflict(problem.body);
            state.version = problem.body.currentVersion;
            loadAssumptions().then(() => loadProjection());
        } else if (onRefused) {
            onRefused(problem);
        } else {
            notice(describe(problem), 'error');
        }
        return false;
    }
}

/** Sends a command that needs no If-Match (names, locks, comments, actuals); a refusal shows in {@code errors}. */
export async function post(method, path, body, errors) {
    try {
        const result = await busy(() => send(method, api(path), body));
        state.version = Math.max(state.version, result.version);
        ownVersions.add(result.version);
        notice('Saved: version ' + result.version + '.', 'ok');
        await reload();
        changed();
        return result;
    } catch (problem) {
        if (errors) {
            errors.textContent = describe(problem);
        } else {
            notice(describe(problem), 'error');
        }
        return null;
    }
}
