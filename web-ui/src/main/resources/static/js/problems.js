/* What the API refused, in words for people: field paths read as words, never as "orders[b200-2026q2].quantity". */

const SINGULAR = {orders: 'order', chipTypes: 'chip type', workloadClasses: 'workload class', steps: 'step',
    modelMix: 'model mix', annualGains: 'annual gain', ranges: 'range', edits: 'cell'};

/** A field path of the API in words: "orders[b200-2026q2].quantity" reads "order b200-2026q2, quantity". */
export function fieldWords(field) {
    return String(field || '').split('.').map(part => {
        const [, name, key] = /^([^[]*)(?:\[(.*)])?$/.exec(part) || [null, part, null];
        const words = SINGULAR[name] || name.replace(/([a-z])([A-Z])/g, '$1 $2').toLowerCase();
        return key === null || key === undefined ? words : words + ' ' + key;
    }).join(', ');
}

/** A refusal as one sentence: each violation's field in words and its reason. */
export function describe(problem) {
    const violations = problem.body?.violations;
    if (violations?.length) {
        return violations.map(v => (v.field ? fieldWords(v.field) + ': ' : '') + v.reason).join('; ');
    }
    return problem.body?.reason ? (problem.body.field ? fieldWords(problem.body.field) + ': ' : '') + problem.body.reason
        : problem.message;
}

/** A family or parameter name of the API in words: MODEL_MIX reads "Model mix", CHIP_PRICE "Chip price". */
export function familyWords(family) {
    const words = String(family ?? '').toLowerCase().replace(/_/g, ' ');
    return words.charAt(0).toUpperCase() + words.slice(1);
}
