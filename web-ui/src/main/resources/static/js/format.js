/*
 * Figures in a planner's units: every screen formats and parses through here, by the unit the API names
 * (PERCENT, USD, TOKENS, ...). A percentage is a fraction in the API and a percent on screen.
 */

const SCALES = [[1e12, 'T'], [1e9, 'B'], [1e6, 'M']];
const SUFFIXES = {k: 1e3, K: 1e3, m: 1e6, M: 1e6, b: 1e9, B: 1e9, t: 1e12, T: 1e12};
const FLOP_PREFIXES = [[1e24, 'Y'], [1e21, 'Z'], [1e18, 'E'], [1e15, 'P'], [1e12, 'T'], [1e9, 'G'], [1e6, 'M']];

const whole = new Intl.NumberFormat('en-US', {maximumFractionDigits: 0});

function significant(value, digits = 3) {
    return Number(Number(value).toPrecision(digits)).toLocaleString('en-US', {maximumFractionDigits: 6});
}

/** 123,456 below a million; 1.2 M, 2.5 B, 1.2 T above. */
export function count(value) {
    const abs = Math.abs(value);
    for (const [scale, suffix] of SCALES) {
        if (abs >= scale) {
            return significant(value / scale) + ' ' + suffix;
        }
    }
    return abs >= 100 || Number.isInteger(value) ? whole.format(value) : significant(value);
}

/** $1.2 B, $450 M, $28,000, $0.42. */
export function dollars(value) {
    const abs = Math.abs(value);
    const sign = value < 0 ? '−' : '';
    for (const [scale, suffix] of SCALES) {
        if (abs >= scale) {
            return sign + '$' + significant(abs / scale) + ' ' + suffix;
        }
    }
    if (abs >= 100) {
        return sign + '$' + whole.format(abs);
    }
    return sign + '$' + abs.toLocaleString('en-US', {minimumFractionDigits: 2, maximumFractionDigits: abs < 1 ? 3 : 2});
}

export function percent(fraction) {
    return significant(fraction * 100, 3) + ' %';
}

/** FLOP/s keeps the SI prefixes of the trade: 3.2 EFLOP/s. */
function flops(value, unit) {
    const abs = Math.abs(value);
    for (const [scale, prefix] of FLOP_PREFIXES) {
        if (abs >= scale) {
            return significant(value / scale) + ' ' + prefix + unit;
        }
    }
    return significant(value) + ' ' + unit;
}

/**
 * A figure of {@code unit} as a planner reads it, a minus sign for a negative; a number or a decimal the API sent,
 * null, undefined and what is not a number read as a dash.
 */
export function format(value, unit) {
    const number = value === null || value === undefined ? NaN : Number(value);
    return Number.isNaN(number) ? '–' : figure(number, unit).replace(/^-/, '−');
}

function figure(value, unit) {
    switch (unit) {
        case 'PERCENT': return percent(value);
        case 'MULTIPLE': return significant(value) + '×';
        case 'USD': return dollars(value);
        case 'USD_PER_KWH': return '$' + significant(value) + '/kWh';
        case 'USD_PER_MILLION_TOKENS': return dollars(value);
        case 'FLOP': return count(value);
        case 'FLOP_PER_SECOND': return flops(value, 'FLOP/s');
        case 'MEGAWATTS': return whole.format(value) + ' MW';
        case 'MEGAWATT_HOURS': return whole.format(value) + ' MWh';
        case 'REQUESTS_PER_DAY':
        case 'TOKENS':
        case 'TOKENS_PER_SECOND':
        case 'CHIPS': return count(value);
        default: return significant(value, 4);
    }
}

/** What an editor shows for a value: the number as the planner types it (a percent for PERCENT), no separators. */
export function editText(value, unit) {
    if (value === null || value === undefined) {
        return '';
    }
    const shown = unit === 'PERCENT' ? value * 100 : value;
    return String(Number(shown.toPrecision(12)));
}

/**
 * The value a planner typed, in the API's units: "12.5", "12.5 %", "$28,000", "1.2 B", "10x", "1e9". Answers
 * {error} for text that is not a number.
 */
export function parse(text, unit) {
    let t = String(text ?? '').trim().replace(/[\s,_$]/g, '').replace(/[×x]$/i, '').replace(/\/kWh$/i, '');
    const percentSign = t.endsWith('%');
    t = t.replace(/%$/, '').replace(/^−/, '-');
    let scale = 1;
    const suffix = t.slice(-1);
    if (SUFFIXES[suffix] && !/e$/i.test(t.slice(0, -1))) {
        scale = SUFFIXES[suffix];
        t = t.slice(0, -1);
    }
    if (t === '' || !/^[-+]?(\d+\.?\d*|\.\d+)(e[-+]?\d+)?$/i.test(t)) {
        return {error: 'type a number' + (unit === 'PERCENT' ? ' in percent, like 12.5' : '')};
    }
    const number = Number(t) * scale;
    const value = unit === 'PERCENT' || percentSign ? number / 100 : number;
    return {value: Number(value.toPrecision(15))};
}

/** A change of a figure as a planner reads it: "+12 %" for a relative change, "+3 points" between percentages. */
export function change(before, after, unit) {
    if (before === null || after === null || before === undefined || after === undefined || before === after) {
        return null;
    }
    if (unit === 'PERCENT') {
        const points = (after - before) * 100;
        return (points > 0 ? '+' : '−') + significant(Math.abs(points), 2) + ' points';
    }
    if (before === 0) {
        return null;
    }
    const relative = (after - before) / Math.abs(before) * 100;
    return (relative > 0 ? '+' : '−') + significant(Math.abs(relative), 2) + ' %';
}
