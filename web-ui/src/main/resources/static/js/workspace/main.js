/*
 * The scenario workspace, as ES modules: each panel a module, told what changed by events (scenario.js). This one
 * loads the latest version, then opens the view the address names (tab, version, comparison).
 */
import '../plan/plan.js';
import './actuals.js';
import './attribution.js';
import './calibration.js';
import './charts.js';
import './editors.js';
import './history.js';
import './live.js';
import './orders.js';
import './proposals.js';
import './uncertainty.js';
import './versions.js';
import {describe} from '../problems.js';
import {reopenComparison} from './compare.js';
import {reload} from './loading.js';
import {notice} from './notices.js';
import {state} from './scenario.js';
import {travelTo} from './time-travel.js';
import {remembered, selectTab} from './view.js';

async function reopen() {
    const params = remembered();
    const tab = params.get('tab');
    if (tab && document.getElementById('tab-' + tab)?.getAttribute('role') === 'tab') {
        selectTab(tab);
    }
    const version = Number(params.get('version'));
    if (Number.isInteger(version) && version > 0 && version < state.version) {
        await travelTo(version);
    }
    reopenComparison(params);
}

reload().then(reopen).catch(problem => notice(describe(problem), 'error'));
