/* Markup from text: every text a page shows is set as text, never parsed as HTML. */

export const $ = (selector, within = document) => within.querySelector(selector);
export const $$ = (selector, within = document) => [...within.querySelectorAll(selector)];

/** An element of {@code tag} showing {@code text}, with the class names given. */
export function element(tag, text = null, className = null) {
    const made = document.createElement(tag);
    if (text !== null && text !== undefined) {
        made.textContent = String(text);
    }
    if (className) {
        made.className = className;
    }
    return made;
}

/** A copy of the first element of {@code <template id>}. */
export function fromTemplate(id) {
    return document.getElementById(id).content.firstElementChild.cloneNode(true);
}

/** A table row of cells; a cell is text or a node (a button, a link). */
export function row(cells, cellTag = 'td') {
    const tr = document.createElement('tr');
    cells.forEach(cell => {
        const td = document.createElement(cellTag);
        if (cell instanceof Node) {
            td.appendChild(cell);
        } else {
            td.textContent = cell ?? '';
        }
        tr.appendChild(td);
    });
    return tr;
}

/** Fills {@code tbody} with rows of cells, or one row saying {@code empty}. */
export function fillRows(tbody, rows, empty, columns) {
    if (rows.length === 0) {
        const tr = row([empty]);
        tr.firstElementChild.colSpan = columns;
        tbody.replaceChildren(tr);
    } else {
        tbody.replaceChildren(...rows.map(cells => cells instanceof Node ? cells : row(cells)));
    }
}

/**
 * A table named {@code label} with column titles {@code head}, rows of cells and an optional footer row; {@code empty}
 * is said when there are no rows.
 */
export function table(label, head, rows, {className = 'grid compact', empty = 'Nothing to show.', foot = null} = {}) {
    const made = element('table', null, className);
    made.setAttribute('aria-label', label);
    made.createTHead().appendChild(row(head, 'th'));
    fillRows(made.createTBody(), rows, empty, head.length);
    if (foot) {
        made.createTFoot().appendChild(foot);
    }
    return made;
}

/** The options of a select from [value, label] pairs, keeping the chosen one when it is still offered. */
export function options(select, values, keep = true) {
    const previous = select.value;
    select.replaceChildren(...values.map(([value, label]) => {
        const option = element('option', label);
        option.value = value;
        return option;
    }));
    if (keep && values.some(([value]) => value === previous)) {
        select.value = previous;
    }
}

/** An instant as planners read it: "2026-12-03 12:35" (UTC). */
export function when(instant) {
    return new Date(instant).toISOString().slice(0, 16).replace('T', ' ');
}

/** A button that looks like a link, with data attributes for the panel's click handler. */
export function linkButton(text, data = {}, className = 'link') {
    const button = element('button', text, className);
    button.type = 'button';
    Object.entries(data).forEach(([key, value]) => button.dataset[key] = value);
    return button;
}

/** A refusal said where the planner looks, read out by screen readers. */
export function alert(text) {
    const line = element('p', text, 'error');
    line.setAttribute('role', 'alert');
    return line;
}
