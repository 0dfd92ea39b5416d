/* Live collaboration: a change by anyone else shows at once, with who made it; one's own change is not repeated. */
import {loadAssumptions, loadProjection} from './loading.js';
import {busy, notice} from './notices.js';
import {api, changed, state} from './scenario.js';

const events = new EventSource(api('/events'));

events.addEventListener('change', async message => {
    const change = JSON.parse(message.data);
    const following = state.viewing === null;
    if (change.version <= state.version && state.assumptions) {
        // our own change: its projection and history may have been read before the read models held it
        if (following && (state.projectionVersion ?? 0) < change.version) {
            await loadProjection();
        }
        changed();
        return;
    }
    state.version = change.version;
    notice(change.user + ' changed the scenario (version ' + change.version + '): ' + change.summary, 'live');
    await busy(loadAssumptions);
    if (following) {
        await loadProjection();
    }
    changed();
});
