/* The scenario the workspace shows, and how its parts tell each other what changed. */

const root = document.getElementById('workspace');

export const workspace = root;
export const scenarioId = root.dataset.scenarioId;
export const canPlan = root.dataset.canPlan === 'true';

/** The path of this scenario's resource {@code path} in the API. */
export const api = path => '/api/scenarios/' + scenarioId + path;

/**
 * What the page shows: the latest version, the version time travel went to (null: the latest), its assumptions and
 * projection, and the Monte Carlo bands last run.
 */
export const state = {
    version: Number(root.dataset.version), viewing: null, assumptions: null, archived: false, locked: false,
    projection: null, projectionVersion: null, bands: null
};

/** The versions this page's own saves made: live updates do not announce them again. */
export const ownVersions = new Set();

/** The version the page shows: the one time travel went to, or the latest projected. */
export const shownVersion = () => state.viewing ?? state.projectionVersion;

/** The query that asks for the version time travel went to; none at the latest version. */
export const asOfViewed = () => state.viewing === null ? '' : '?asOf=' + state.viewing;

/**
 * Tells the other parts: 'loaded' (assumptions of the version shown), 'projection' (its projection), 'version' (a
 * save made a new version), 'bands' (a Monte Carlo run), 'tab' (a tab shows), 'changed' (the history has a new
 * entry), 'history' (on body: htmx reads the history panel, see workspace.html).
 */
export function emit(name, detail = null, target = document) {
    target.dispatchEvent(new CustomEvent('jevons:' + name, {detail}));
}

export function on(name, listener) {
    document.addEventListener('jevons:' + name, listener);
}

export const changed = () => emit('changed');
