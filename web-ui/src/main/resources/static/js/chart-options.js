/*
 * ECharts options for the workspace: one function per chart, from what the API answers. Figures are formatted by
 * format.js in the planner's units; a tooltip formatter answers HTML, so every text in it is escaped.
 */
import {escape} from './text.js';
import {count, dollars, format} from './format.js';

const palette = ['#1f5fbf', '#d9730d', '#2e8540', '#8e44ad', '#c0392b', '#16a085', '#7f8c8d', '#b7950b'];

const flops = v => format(v, 'FLOP_PER_SECOND');

function base(title, quarters, yName, formatter) {
    return {
        color: palette,
        title: {show: false, text: title},
        aria: {enabled: true, decal: {show: true}},
        animation: false,
        tooltip: {trigger: 'axis', valueFormatter: v => v === null || v === undefined ? '–' : formatter(v)},
        legend: {top: 0, type: 'scroll'},
        grid: {left: 20, right: 30, top: 50, bottom: 30, containLabel: true},
        xAxis: {type: 'category', data: quarters},
        yAxis: {type: 'value', name: yName, axisLabel: {formatter}},
        series: []
    };
}

/** P10 to P90 as a shaded band: an invisible P10 line with the P90 - P10 difference stacked on it. */
function band(name, values, color) {
    return [
        {name: name + ' P10', type: 'line', stack: name, data: values.map(b => b ? b.p10 : null), symbol: 'none',
            lineStyle: {opacity: 0}, itemStyle: {color}},
        {name: name + ' P10–P90', type: 'line', stack: name, data: values.map(b => b ? b.p90 - b.p10 : null),
            symbol: 'none', lineStyle: {opacity: 0}, itemStyle: {color}, areaStyle: {color, opacity: 0.22}}
    ];
}

export function demandSupply(projection, bands) {
    const q = projection.quarters;
    const quarters = q.map(r => r.quarter);
    const option = base('Demand vs supply (peak FLOP/s)', quarters, 'FLOP/s', flops);
    const shortage = [];
    q.forEach((r, i) => {
        if (r.shortfallFlopsPerSecond > 0) {
            shortage.push([{xAxis: quarters[i]}, {xAxis: quarters[i]}]);
        }
    });
    option.series = [
        {name: 'Demand', type: 'line', data: q.map(r => r.demandFlopsPerSecond), lineStyle: {width: 3},
            markArea: {silent: true, itemStyle: {color: 'rgba(192,57,43,0.12)'}, data: shortage}},
        {name: 'Supply', type: 'line', data: q.map(r => r.supplyFlopsPerSecond), lineStyle: {width: 3, type: 'dashed'}},
        {name: 'Shortfall', type: 'bar', data: q.map(r => r.shortfallFlopsPerSecond), itemStyle: {color: '#c0392b'}}
    ];
    if (bands) {
        option.series.push(...band('Demand', bands.quarters.map(b => b.demandFlopsPerSecond), palette[0]),
            ...band('Supply', bands.quarters.map(b => b.supplyFlopsPerSecond), palette[1]));
    }
    return withoutHelpersInLegend(option);
}

/** The invisible P10 lines that carry the bands stay out of the legend. */
function withoutHelpersInLegend(option) {
    option.legend.data = option.series.map(s => s.name).filter(name => !name.endsWith(' P10'));
    return option;
}

/** A Monte Carlo run: demand, supply and shortfall bands with their medians, per quarter. */
export function bands(result) {
    const q = result.quarters;
    const option = base('Demand and supply, P10–P90', q.map(b => b.quarter), 'FLOP/s', flops);
    option.series = [
        ...band('Demand', q.map(b => b.demandFlopsPerSecond), palette[0]),
        {name: 'Demand P50', type: 'line', data: q.map(b => b.demandFlopsPerSecond.p50), lineStyle: {width: 3},
            itemStyle: {color: palette[0]}},
        ...band('Supply', q.map(b => b.supplyFlopsPerSecond), palette[1]),
        {name: 'Supply P50', type: 'line', data: q.map(b => b.supplyFlopsPerSecond.p50),
            lineStyle: {width: 3, type: 'dashed'}, itemStyle: {color: palette[1]}},
        {name: 'Shortfall P90', type: 'bar', data: q.map(b => b.shortfallFlopsPerSecond.p90), itemStyle: {color: '#c0392b'}}
    ];
    return withoutHelpersInLegend(option);
}

/** A tornado: each ranged assumption's bar from the metric at its low end to the metric at its high end. */
export function tornado(result) {
    const swings = [...result.swings].reverse(); // widest on top
    const figure = v => format(v, result.unit);
    const baseValue = Number(result.base);
    return {
        color: palette, animation: false, aria: {enabled: true},
        tooltip: {trigger: 'axis', axisPointer: {type: 'shadow'}, formatter: params => {
            const s = swings[params[0].dataIndex];
            return escape(s.label) + '<br>×' + escape(s.lowFactor) + ': '
                + escape(figure(s.atLow)) + '<br>×' + escape(s.highFactor) + ': '
                + escape(figure(s.atHigh));
        }},
        legend: {top: 0},
        grid: {left: 20, right: 30, top: 30, bottom: 20, containLabel: true},
        xAxis: {type: 'value', axisLabel: {formatter: v => figure(v + baseValue)}},
        yAxis: {type: 'category', data: swings.map(s => s.label)},
        series: [
            {name: 'At the low end', type: 'bar', stack: 't', data: swings.map(s => Number(s.atLow) - baseValue),
                itemStyle: {color: '#2e8540'}},
            {name: 'At the high end', type: 'bar', stack: 't2', barGap: '-100%',
                data: swings.map(s => Number(s.atHigh) - baseValue), itemStyle: {color: '#c0392b'}}
        ]
    };
}

export function tokens(projection) {
    const q = projection.quarters;
    const option = base('Tokens per second by workload class (peak)', q.map(r => r.quarter), 'tokens/s', count);
    const classes = q.length ? q[0].demandByClass.map(d => d.workloadClass) : [];
    option.series = classes.map((c, i) => ({
        name: c, type: 'line', stack: 'tokens', areaStyle: {}, showSymbol: false,
        data: q.map(r => r.demandByClass[i].tokensPerSecond)
    }));
    return option;
}

export function chips(projection, vendorOfChip) {
    const q = projection.quarters;
    const option = base('Installed chips by vendor, GPU share of serving FLOP/s', q.map(r => r.quarter), 'chips', count);
    const vendors = [...new Set(Object.values(vendorOfChip))].sort();
    option.yAxis = [option.yAxis, {type: 'value', name: 'GPU share', min: 0, max: 100, axisLabel: {formatter: '{value}%'}}];
    option.series = vendors.map(vendor => ({
        name: vendor, type: 'bar', stack: 'chips',
        data: q.map(r => r.fleet.filter(f => vendorOfChip[f.chipType] === vendor).reduce((s, f) => s + f.installed, 0))
    }));
    option.series.push({
        name: 'GPU share', type: 'line', yAxisIndex: 1,
        data: q.map(r => {
            const gpu = r.kindShares.find(s => s.name === 'GPU');
            return gpu ? +(gpu.share * 100).toFixed(1) : null;
        })
    });
    return option;
}

export function costs(projection) {
    const q = projection.quarters;
    const option = base('Capex, depreciation and power cost per quarter', q.map(r => r.quarter), 'USD', dollars);
    option.series = [
        {name: 'Capex', type: 'bar', data: q.map(r => r.capex)},
        {name: 'Depreciation', type: 'bar', data: q.map(r => r.depreciation)},
        {name: 'Energy', type: 'bar', data: q.map(r => r.energyCost)}
    ];
    return option;
}

export function costPerToken(projection, bands) {
    const q = projection.quarters;
    const option = base('Cost per million tokens', q.map(r => r.quarter), '$ per M tokens', dollars);
    option.yAxis.type = 'log';
    option.series = [{name: 'Cost per million tokens', type: 'line', data: q.map(r => r.costPerMillionTokensUsd)}];
    if (bands) {
        option.series.push(...band('Cost', bands.quarters.map(b => b.costPerMillionTokensUsd), palette[0]));
    }
    return withoutHelpersInLegend(option);
}

/**
 * The waterfall of a metric between two versions: it starts at the "from" value, each change a bar up (red) or
 * down (green) labelled with its summary and user, ending at the "to" value. The axis starts near the smallest
 * running value, so a change of $0.4 B on a $40 B total is a bar, not a hairline.
 */
export function waterfall(attribution) {
    const short = (text, length) => text.length > length ? text.slice(0, length - 1) + '…' : text;
    // a group's bar is named by its family or planner; its summary (how many changes, which versions) is the tooltip's
    const labels = ['v' + attribution.fromVersion].concat(attribution.bars.map(b => b.eventType
        ? short(b.summary, 28) + ' · ' + b.user : short(b.summary.split(':')[0], 28))).concat(['v' + attribution.toVersion]);
    const running = [Number(attribution.before)];
    attribution.bars.forEach(b => running.push(running[running.length - 1] + Number(b.delta)));
    const low = Math.min(...running, Number(attribution.after));
    const high = Math.max(...running, Number(attribution.after));
    const floor = low - (high - low) * 0.15 - (high === low ? Math.abs(low) * 0.05 : 0);
    const axisMin = floor > 0 === low > 0 ? floor : 0;
    const baseData = [axisMin];
    const up = [Number(attribution.before) - axisMin];
    const down = [0];
    attribution.bars.forEach((b, i) => {
        const delta = Number(b.delta);
        baseData.push(delta >= 0 ? running[i] : running[i] + delta);
        up.push(delta >= 0 ? delta : 0);
        down.push(delta < 0 ? -delta : 0);
    });
    baseData.push(axisMin);
    up.push(Number(attribution.after) - axisMin);
    down.push(0);
    const figure = v => format(v, attribution.unit);
    const ends = {color: '#5b6473'};
    return {
        color: palette, animation: false, aria: {enabled: true},
        tooltip: {trigger: 'axis', axisPointer: {type: 'shadow'}, formatter: params => {
            const i = params[0].dataIndex;
            const text = escape;
            if (i === 0 || i === labels.length - 1) {
                return text(labels[i] + ': ' + figure(i === 0 ? attribution.before : attribution.after));
            }
            const bar = attribution.bars[i - 1];
            if (!bar.eventType) { // a group of changes: its summary says which and how many
                return text(bar.summary) + '<br>Change: ' + text(figure(bar.delta));
            }
            return text('Version ' + bar.version + ' by ' + bar.user) + '<br>' + text(bar.summary)
                + '<br>Why: ' + text(bar.reason || '–') + '<br>Change: ' + text(figure(bar.delta));
        }},
        grid: {left: 20, right: 30, top: 30, bottom: 20, containLabel: true},
        xAxis: {type: 'category', data: labels, axisLabel: {rotate: 35, interval: 0, width: 170, overflow: 'truncate'}},
        yAxis: {type: 'value', min: axisMin, axisLabel: {formatter: figure}},
        series: [
            {type: 'bar', stack: 'w', itemStyle: {color: 'transparent'}, data: baseData, silent: true},
            {name: 'Increase', type: 'bar', stack: 'w', itemStyle: {color: '#c0392b'},
                data: up.map((v, i) => i === 0 || i === labels.length - 1 ? {value: v, itemStyle: ends} : v)},
            {name: 'Decrease', type: 'bar', stack: 'w', data: down, itemStyle: {color: '#2e8540'}}
        ]
    };
}

/**
 * Two scenario versions on the same axes, year by year: {@code metrics} (keys of the diff's outputs) as lines of
 * A (solid) and B (dashed), in one unit (a unit of format.js).
 */
export function compare(diff, metrics, title, unit, axisName) {
    const years = diff.years.map(y => String(y.year));
    const option = base(title, years, axisName, v => format(v, unit));
    const sides = [['A', diff.left, 'left', 'solid'], ['B', diff.right, 'right', 'dashed']];
    metrics.forEach((metric, m) => sides.forEach(([letter, side, key, type]) => {
        const values = diff.years.map(y => y.outputs.find(o => o.metric === metric));
        option.series.push({name: values[0]?.name + ' · ' + letter + ' (v' + side.version + ')', type: 'line',
            data: values.map(o => o && o[key] !== null ? Number(o[key]) : null),
            lineStyle: {type, width: 2}, itemStyle: {color: palette[m]}});
    }));
    return option;
}
