/*
 * The plan grid: assumptions as rows, quarters as columns (grouped by year), built on Tabulator. Typed and pasted
 * cells are staged, not sent: the page saves them together with one reason (see plan.js).
 */
import {TabulatorFull as Tabulator} from '/webjars/tabulator-tables/dist/js/tabulator_esm.min.js';
import {repairAria} from './aria.js';
import {editText, format, parse} from '../format.js';

const WHOLE = 'whole';
const BASIC_RENDERING_ROWS = 200;

function text(value, className) {
    const span = document.createElement('span');
    span.textContent = value;
    if (className) {
        span.className = className;
    }
    return span;
}

function quarterField(index) {
    return 'q' + index;
}

function quarterIndex(field) {
    return field === WHOLE ? 0 : Number(field.slice(1));
}

function valueIndex(row, field) {
    return row.quarterly ? quarterIndex(field) : 0;
}

/** A staged cell: what was typed, for which row and quarter, in the API's units. */
function cellKey(rowId, field) {
    return rowId + '|' + field;
}

export class PlanGrid {

    /**
     * @param element   where the grid goes
     * @param onStaged  called with the number of staged cells whenever it changes
     * @param onRefused called with a message for a typed value that is not a number
     * @param height    the grid's height (CSS); null for as high as its rows
     */
    constructor(element, {onStaged = () => null, onRefused = () => null, height = '70vh'} = {}) {
        this.element = element;
        this.onStaged = onStaged;
        this.onRefused = onRefused;
        this.height = height;
        this.compared = null;
        this.staged = new Map();
        this.invalid = new Map();
        this.editable = false;
        this.plan = null;
        this.table = null;
    }

    /** Shows a plan as the API answers it; staged cells stay staged while the plan's shape holds. */
    show(plan, editable) {
        const sameShape = this.plan && this.plan.quarters.join() === plan.quarters.join()
            && this.plan.rows.map(r => r.id).join() === plan.rows.map(r => r.id).join();
        const sameMode = this.editable === editable;
        this.plan = plan;
        this.editable = editable;
        if (!editable) {
            this.discard();
        }
        const rows = plan.rows.map(row => this.rowData(row));
        if (this.table && sameShape && sameMode) {
            // only the rows whose values, change starts or setters moved are drawn again
            const shown = new Map(this.table.getData().map(row => [row.id, JSON.stringify(row)]));
            const moved = rows.filter(row => shown.get(row.id) !== JSON.stringify(row));
            return moved.length ? this.table.updateData(moved) : Promise.resolve();
        }
        if (this.table && sameShape) {
            return this.table.replaceData(rows);
        }
        this.table?.destroy();
        this.staged.clear();
        this.onStaged(0);
        return new Promise(resolve => {
            this.table = new Tabulator(this.element, this.options(plan, rows));
            this.table.on('tableBuilt', () => {
                repairAria(this.element);
                resolve();
            });
            this.table.on('cellEdited', cell => this.stage(cell.getRow().getData(), cell.getField(), cell.getValue()));
        });
    }

    /** Draws the table again at its element's size: one built while its panel was hidden has none. */
    redraw() {
        this.table?.redraw(true);
    }

    rowData(row) {
        const data = {id: row.id, group: row.group, name: row.name, unit: row.unit, explanation: row.explanation,
            quarterly: row.quarterly, editable: row.editable, starts: row.starts, setBy: row.setBy, values: row.values};
        if (row.quarterly) {
            row.values.forEach((value, i) => data[quarterField(i)] = this.stagedValue(row.id, quarterField(i), value));
        } else {
            data[WHOLE] = this.stagedValue(row.id, WHOLE, row.values[0]);
        }
        return data;
    }

    stagedValue(rowId, field, value) {
        const staged = this.staged.get(cellKey(rowId, field));
        return staged ? staged.value : value;
    }

    options(plan, rows) {
        const years = new Map();
        plan.quarters.forEach((quarter, i) => {
            const [year, q] = quarter.split('Q');
            if (!years.has(year)) {
                years.set(year, []);
            }
            years.get(year).push(this.valueColumn(quarterField(i), 'Q' + q, quarter));
        });
        return {
            data: rows,
            index: 'id',
            layout: 'fitData',
            ...(this.height ? {height: this.height} : {}), // maxHeight with its stylesheet never builds (Tabulator 6.3.1)
            // every row drawn, so a row is never redrawn under the pointer while scrolling; virtual for huge plans
            renderVertical: rows.length <= BASIC_RENDERING_ROWS ? 'basic' : 'virtual',
            groupHeader: (value, count) => text(value + ' · ' + count),
            selectableRange: 1,
            selectableRangeColumns: false,
            selectableRangeRows: false,
            editTriggerEvent: 'dblclick',
            clipboard: true,
            clipboardCopyStyled: false,
            clipboardCopyConfig: {columnHeaders: false, columnGroups: false, rowHeaders: false, rowGroups: false},
            clipboardCopyRowRange: 'range',
            clipboardPasteParser: 'range',
            clipboardPasteAction: pasted => this.paste(pasted),
            columnDefaults: {headerSort: false, resizable: false},
            rowHeader: {title: 'Assumption', field: 'name', frozen: true, width: 290, cssClass: 'plan-name',
                resizable: false, headerSort: false, formatter: cell => this.nameCell(cell),
                tooltip: (e, cell) => text(cell.getRow().getData().explanation)},
            columns: [
                this.valueColumn(WHOLE, 'Whole plan', 'Whole plan'),
                ...[...years].map(([year, columns]) => ({title: year, columns}))
            ]
        };
    }

    nameCell(cell) {
        const row = cell.getRow().getData();
        const wrap = document.createElement('span');
        wrap.appendChild(text(row.name));
        if (!row.editable) {
            wrap.appendChild(text(' (from orders)', 'muted'));
        }
        return wrap;
    }

    valueColumn(field, title, label) {
        return {
            title, field, hozAlign: 'right', width: field === WHOLE ? 110 : 84,
            formatter: cell => this.valueCell(cell, label),
            formatterClipboard: cell => editText(cell.getValue(), cell.getRow().getData().unit),
            editor: (cell, onRendered, success, cancel) => this.editor(cell, onRendered, success, cancel),
            editable: cell => this.canEdit(cell.getRow().getData(), cell.getField()),
            tooltip: (e, cell) => this.provenance(cell.getRow().getData(), cell.getField(), label)
        };
    }

    canEdit(row, field) {
        return this.editable && row.editable && (row.quarterly ? field !== WHOLE : field === WHOLE);
    }

    valueCell(cell, label) {
        const row = cell.getRow().getData();
        const field = cell.getField();
        const element = cell.getElement();
        const applies = row.quarterly ? field !== WHOLE : field === WHOLE;
        const key = cellKey(row.id, field);
        element.classList.toggle('starts', applies && row.starts.includes(valueIndex(row, field)));
        element.classList.toggle('staged', this.staged.has(key));
        element.classList.toggle('invalid', this.invalid.has(key));
        element.classList.toggle('readonly', !this.canEdit(row, field));
        element.classList.toggle('differs', applies && this.differs(row, field, cell.getValue()));
        element.setAttribute('aria-label', row.name + ', ' + label + ': '
            + (applies ? format(cell.getValue(), row.unit) : row.quarterly ? 'set per quarter' : 'set for the whole plan'));
        return applies ? text(format(cell.getValue(), row.unit)) : text('');
    }

    /** Who set the value shown, when and why; a staged value says it is not saved yet. */
    provenance(row, field, label) {
        const key = cellKey(row.id, field);
        if (this.invalid.has(key)) {
            return text(this.invalid.get(key));
        }
        if (this.staged.has(key)) {
            return text('Not saved yet: ' + format(this.staged.get(key).value, row.unit) + '. Save to keep it.');
        }
        const applies = row.quarterly ? field !== WHOLE : field === WHOLE;
        const value = row.values[valueIndex(row, field)];
        if (applies && this.differs(row, field, value)) {
            return text(row.name + ', ' + label + ': ' + this.compared.label + ' ' + format(this.comparedValue(row, field), row.unit)
                + ', ' + this.compared.ownLabel + ' ' + format(value, row.unit));
        }
        const setter = applies ? this.plan.changes[row.setBy[valueIndex(row, field)]] : null;
        if (!setter) {
            return text(row.name + (applies ? ', ' + label + ': ' + (row.editable ? 'starting value' : 'from the orders')
                : '') + '. ' + row.explanation);
        }
        const box = document.createElement('div');
        box.className = 'provenance';
        box.appendChild(text(row.name + ', ' + label + ': ' + format(row.values[valueIndex(row, field)], row.unit)));
        box.appendChild(text('Set in version ' + setter.version + ' by ' + setter.user + (setter.copied ? ' (copied)' : '')
            + ', ' + new Date(setter.time).toISOString().slice(0, 10)));
        box.appendChild(text(setter.summary));
        if (setter.reason) {
            box.appendChild(text('Why: ' + setter.reason));
        }
        return box;
    }

    /**
     * Marks the cells whose value differs from those of {@code other} (a plan as the API answers it), named
     * {@code label} on hover ("A"); this grid's plan is named {@code ownLabel} ("B").
     */
    compareWith(other, label, ownLabel) {
        this.compared = {label, ownLabel, rows: new Map(other.rows.map(r => [r.id, r])), quarters: other.quarters};
    }

    /** The value of the compared plan in a cell of this one: undefined without a comparison, null where it has none. */
    comparedValue(row, field) {
        if (!this.compared) {
            return undefined;
        }
        const other = this.compared.rows.get(row.id);
        if (!other) {
            return null;
        }
        if (!row.quarterly) {
            return other.values[0];
        }
        const index = this.compared.quarters.indexOf(this.plan.quarters[quarterIndex(field)]);
        return index < 0 ? null : other.values[index];
    }

    differs(row, field, value) {
        const other = this.comparedValue(row, field);
        return other !== undefined && other !== value;
    }

    /** A text input in the planner's units (a percent for percentages); Enter keeps, Escape cancels. */
    editor(cell, onRendered, success, cancel) {
        const row = cell.getRow().getData();
        const input = document.createElement('input');
        input.className = 'cell-editor';
        input.setAttribute('aria-label', row.name);
        input.value = editText(cell.getValue(), row.unit);
        onRendered(() => {
            input.focus();
            input.select();
        });
        const done = () => {
            const typed = parse(input.value, row.unit);
            if (typed.error) {
                this.onRefused(row.name + ': ' + typed.error);
                cancel();
            } else if (typed.value === cell.getValue()) {
                cancel();
            } else {
                success(typed.value);
            }
        };
        input.addEventListener('blur', done);
        input.addEventListener('keydown', event => {
            if (event.key === 'Enter' || event.key === 'Escape') {
                event.preventDefault();
                event.stopPropagation(); // or the range selection opens an editor again on Enter
                if (event.key === 'Enter') {
                    done();
                } else {
                    cancel();
                }
            }
        });
        return input;
    }

    /** Pasted text lands from the active cell on; cells that are not editable keep their value. */
    paste(pasted) {
        if (!this.editable || !pasted) {
            return [];
        }
        const top = this.table.getRanges()[0]?.getRows()[0];
        if (!top) {
            return [];
        }
        const rows = this.table.getRows('active');
        const first = rows.findIndex(r => r.getIndex() === top.getIndex());
        const refused = [];
        const lines = pasted.filter(line => Object.values(line).some(v => String(v ?? '').trim() !== ''));
        lines.forEach((line, i) => {
            const row = rows[first + i];
            if (!row) {
                return;
            }
            const data = row.getData();
            Object.entries(line).forEach(([field, raw]) => {
                if (!field || !this.canEdit(data, field) || String(raw ?? '').trim() === '') {
                    return;
                }
                const typed = parse(raw, data.unit);
                if (typed.error) {
                    refused.push(data.name + ' ' + field + ': ' + typed.error);
                } else if (typed.value !== data[field]) {
                    row.update({[field]: typed.value});
                    this.stage(row.getData(), field, typed.value);
                }
            });
        });
        if (refused.length) {
            this.onRefused('Not pasted: ' + refused.slice(0, 3).join('; ') + (refused.length > 3 ? '; …' : ''));
        }
        return rows;
    }

    stage(row, field, value) {
        const original = row.values[valueIndex(row, field)];
        const key = cellKey(row.id, field);
        this.invalid.delete(key);
        if (value === original) {
            this.staged.delete(key);
        } else {
            this.staged.set(key, {row: row.id, quarter: row.quarterly ? this.plan.quarters[quarterIndex(field)] : null,
                value});
        }
        this.table.getRow(row.id)?.reformat();
        this.onStaged(this.staged.size);
    }

    /** The staged cells as the API takes them. */
    edits() {
        return [...this.staged.values()];
    }

    /** Marks the cells a refused save named (by their index in {@link edits}) with the reason. */
    markRefused(violations, edits) {
        this.invalid.clear();
        violations.forEach(v => {
            const match = /^edits\[(\d+)]/.exec(v.field || '');
            const edit = match ? edits[Number(match[1])] : null;
            if (edit) {
                const field = edit.quarter === null ? WHOLE : quarterField(this.plan.quarters.indexOf(edit.quarter));
                this.invalid.set(cellKey(edit.row, field), v.reason);
            }
        });
        this.table.getRows().forEach(row => row.reformat());
    }

    /** The name of the row and quarter an edit is about, for messages. */
    describe(edit) {
        const row = this.plan.rows.find(r => r.id === edit.row);
        return (row ? row.name : 'A cell') + (edit.quarter ? ' in ' + edit.quarter : '');
    }

    /** The staged cells are saved: the plan of the new version shows them; only their marks go, in place. */
    saved() {
        this.forget();
        this.table?.getRows().forEach(row => row.reformat());
    }

    discard() {
        const had = this.staged.size > 0 || this.invalid.size > 0;
        this.forget();
        if (had && this.table && this.plan) {
            this.table.replaceData(this.plan.rows.map(row => this.rowData(row)));
        }
    }

    /** No cell staged or refused any more. */
    forget() {
        this.staged.clear();
        this.invalid.clear();
        this.onStaged(0);
    }
}
