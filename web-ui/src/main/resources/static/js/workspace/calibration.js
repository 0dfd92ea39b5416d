/* The Calibration panel: the version shown held against public figures (GET /calibration). */
import {format} from '../format.js';
import {get} from '../http.js';
import {describe} from '../problems.js';
import {$, alert, element, table} from './dom.js';
import {api, asOfViewed, on} from './scenario.js';
import {whenShown} from './view.js';

/** The bound in words: "within 1.5×", "at most", "at least". */
function bound(check) {
    return {AROUND: 'within ' + check.tolerance + '× of', AT_MOST: 'at most', AT_LEAST: 'at least'}[check.bound];
}

/** Whether it holds, and by how much it misses when it does not. */
function verdict(check) {
    if (check.modelValue === null) {
        return 'no such figure in this scenario';
    }
    if (check.holds) {
        return 'holds';
    }
    return check.ratio > 1 ? format(check.ratio, 'MULTIPLE') + ' too high' : format(1 / check.ratio, 'MULTIPLE') + ' too low';
}

function period(check) {
    return check.quantity === 'CHIP_CAPEX_PER_YEAR' ? String(check.period).slice(0, 4) : check.period;
}

async function show() {
    try {
        const answer = await get(api('/calibration' + asOfViewed()));
        const missed = answer.checks.filter(c => !c.holds).length;
        $('#calibration-summary').textContent = missed === 0
            ? 'Version ' + answer.version + ' agrees with all ' + answer.checks.length + ' public figures.'
            : 'Version ' + answer.version + ': ' + missed + ' of ' + answer.checks.length + ' public figures do not hold.';
        const rows = answer.checks.map(c => {
            const holds = element('span', verdict(c), c.holds ? 'holds' : 'misses');
            return [c.name + (c.subject ? ' · ' + c.subject : ''), period(c), bound(c) + ' ' + format(c.value, c.unit),
                format(c.modelValue, c.unit), c.ratio === null ? '–' : format(c.ratio, 'MULTIPLE'), holds,
                c.source + ' (' + c.published + ')'];
        });
        $('#calibration').replaceChildren(table('Public figures against the model', ['Figure', 'Period', 'Source says',
            'Model', 'Model ÷ source', 'Verdict', 'Source'], rows, {className: 'grid compact calibration'}));
    } catch (problem) {
        $('#calibration').replaceChildren(alert(describe(problem)));
    }
}

on('loaded', () => whenShown('panel-calibration', show));
