/* The figures a planner reads off a projection: per quarter and year rows of the outputs grid, and the headline. */

const sum = (values) => values.reduce((a, b) => a + b, 0);

export function installed(quarter) {
    return sum(quarter.fleet.map(f => f.installed));
}

export function shortfallShare(quarter) {
    return quarter.demandFlopsPerSecond > 0 ? quarter.shortfallFlopsPerSecond / quarter.demandFlopsPerSecond : 0;
}

export function gpuShare(quarter) {
    const share = quarter.kindShares.find(s => s.name === 'GPU');
    return quarter.kindShares.length ? (share ? share.share : 0) : null;
}

/** The quarter of today's date, or the horizon's first quarter when today is outside it. */
function currentQuarter(quarters) {
    const now = new Date();
    const today = now.getUTCFullYear() + 'Q' + (Math.floor(now.getUTCMonth() / 3) + 1);
    return quarters.find(q => q.quarter === today) || quarters[0];
}

/**
 * The headline of a projection: capex over the horizon, the first quarter and the peak of shortage, the cost per
 * million tokens now and at the end, the GPU share at the end. Each with the glossary term it is about.
 */
export function headline(projection) {
    const quarters = projection.quarters;
    const last = quarters[quarters.length - 1];
    const now = currentQuarter(quarters);
    const short = quarters.filter(q => q.shortfallFlopsPerSecond > 0);
    const peak = short.reduce((top, q) => (top === null || shortfallShare(q) > shortfallShare(top) ? q : top), null);
    return [
        {id: 'capex', term: 'capex', label: 'Capex ' + quarters[0].quarter + '–' + last.quarter, unit: 'USD',
            value: sum(quarters.map(q => Number(q.capex)))},
        {id: 'first-shortage', term: 'shortfall', label: 'First shortage', unit: 'QUARTER', value: short.length ? short[0].quarter : null,
            empty: 'none'},
        {id: 'peak-shortage', term: 'shortfall', label: 'Peak shortfall', unit: 'PERCENT', value: peak ? shortfallShare(peak) : 0,
            detail: peak ? 'in ' + peak.quarter : 'no shortage'},
        {id: 'cost-now', term: 'costPerMillionTokens', label: 'Cost per M tokens, ' + now.quarter, unit: 'USD_PER_MILLION_TOKENS',
            value: now.costPerMillionTokensUsd},
        {id: 'cost-end', term: 'costPerMillionTokens', label: 'Cost per M tokens, ' + last.quarter, unit: 'USD_PER_MILLION_TOKENS',
            value: last.costPerMillionTokensUsd},
        {id: 'gpu-share-end', term: 'gpuShare', label: 'GPU share, ' + last.quarter, unit: 'PERCENT', value: gpuShare(last)}
    ];
}

/**
 * One row per metric of the glossary, with the value per quarter or per year: a year's figures are the model's own
 * rollup; its shortfall and GPU share are those of its worst and its last quarter.
 */
export function outputRows(projection, byYear, terms) {
    const quartersOf = year => projection.quarters.filter(q => q.quarter.startsWith(String(year)));
    const lastOf = year => quartersOf(year).slice(-1)[0];
    const vendors = [...new Set(projection.quarters.flatMap(q => q.vendorShares.map(s => s.name)))];
    const metric = (term, ofQuarter, ofYear, subject) => ({
        id: term + (subject ? ':' + subject : ''), term, subject,
        values: byYear ? projection.years.map(ofYear) : projection.quarters.map(ofQuarter)
    });
    const rows = [
        metric('demand', q => q.demandFlopsPerSecond, y => y.averageDemandFlopsPerSecond),
        metric('supply', q => q.supplyFlopsPerSecond, y => y.averageSupplyFlopsPerSecond),
        metric('utilization', q => q.utilization, y => y.peakUtilization),
        metric('shortfall', shortfallShare, y => Math.max(...quartersOf(y.year).map(shortfallShare))),
        metric('chipsInstalled', installed, y => sum(y.fleet.map(f => f.installed))),
        metric('capex', q => Number(q.capex), y => Number(y.capex)),
        metric('depreciation', q => Number(q.depreciation), y => Number(y.depreciation)),
        metric('energyCost', q => Number(q.energyCost), y => Number(y.energyCost)),
        metric('inferenceCost', q => Number(q.inferenceCost), y => Number(y.inferenceCost)),
        metric('power', q => q.powerMegawatts, y => y.averagePowerMegawatts),
        metric('costPerMillionTokens', q => q.costPerMillionTokensUsd, y => y.costPerMillionTokensUsd),
        metric('gpuShare', gpuShare, y => gpuShare(lastOf(y.year))),
        ...vendors.map(v => metric('vendorShare', q => shareOf(q.vendorShares, v), y => shareOf(y.vendorShares, v), v))
    ];
    const periods = byYear ? projection.years.map(y => String(y.year)) : projection.quarters.map(q => q.quarter);
    return {periods, rows: rows.map(r => ({...r, ...describe(terms, r)}))};
}

function shareOf(shares, name) {
    return shares.find(s => s.name === name)?.share ?? 0;
}

function describe(terms, row) {
    const term = terms[row.term] || {name: row.term, unit: 'RATIO', explanation: ''};
    return {name: term.name + (row.subject ? ' · ' + row.subject : ''), unit: term.unit, explanation: term.explanation};
}
