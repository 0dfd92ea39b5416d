/* Live collaboration: a change by anyone else shows at once, with who made it; one's own change is not repeated. */
import {loadAssumptions, loadProjection} from './loading.js';
import {busy, notice} from './notices.js';
import {api, changed, ownVersions, state} from './scenario.js';

const events = new EventSource(api('/events'));

/** The newest version announced or loaded: a change is announced once, whatever was loaded meanwhile. */
let heard = state.version;

events.addEventListener('change', async message => {
    const change = JSON.parse(message.data);
    const following = state.viewing === null;
    const news = change.version > heard && !ownVersions.has(change.version);
    heard = Math.max(heard, change.version);
    if (!news) {
        // our own change, or one loaded already: its projection and history may have been read before the read
        // models held it
        if (following && (state.projectionVersion ?? 0) < change.version) {
            await loadProjection();
        }
        changed();
        return;
    }
    state.version = Math.max(state.version, change.version);
    notice(change.user + ' changed the scenario (version ' + change.version + '): ' + change.summary, 'live');
    await busy(loadAssumptions);
    if (following) {
        await loadProjection();
    }
    changed();
});
