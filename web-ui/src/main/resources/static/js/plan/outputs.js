/* The outputs grid: what the plan means, metric by quarter or year, read-only and copyable as a range. */
import {TabulatorFull as Tabulator} from '/webjars/tabulator-tables/dist/js/tabulator_esm.min.js';
import {repairAria} from './aria.js';
import {format} from '../format.js';
import {outputRows} from './figures.js';

function text(value) {
    const span = document.createElement('span');
    span.textContent = value;
    return span;
}

export class OutputsGrid {

    constructor(element) {
        this.element = element;
        this.table = null;
        this.shape = null;
    }

    /** Draws the table again at its element's size: one built while its panel was hidden has none. */
    redraw() {
        this.table?.redraw(true);
    }

    show(projection, byYear, terms) {
        const {periods, rows} = outputRows(projection, byYear, terms);
        const data = rows.map(row => {
            const record = {id: row.id, name: row.name, unit: row.unit, explanation: row.explanation};
            row.values.forEach((value, i) => record['p' + i] = value);
            return record;
        });
        const shape = periods.join() + '|' + rows.map(r => r.id).join();
        if (this.table && shape === this.shape) {
            return this.table.replaceData(data);
        }
        this.shape = shape;
        this.table?.destroy();
        return new Promise(resolve => {
            this.table = new Tabulator(this.element, {
                data, index: 'id', layout: 'fitData', maxHeight: '60vh',
                selectableRange: 1, selectableRangeColumns: true, selectableRangeRows: true,
                selectableRangeAutoFocus: false, // a redrawn table must not take the focus from where the planner is
                clipboard: 'copy', clipboardCopyStyled: false, clipboardCopyRowRange: 'range',
                clipboardCopyConfig: {columnHeaders: false, columnGroups: false, rowHeaders: false, rowGroups: false},
                columnDefaults: {headerSort: false, resizable: false},
                columns: [
                    {title: 'Output', field: 'name', frozen: true, width: 260, formatter: cell => text(cell.getValue()),
                        tooltip: (e, cell) => text(cell.getRow().getData().explanation)},
                    ...periods.map((period, i) => ({
                        title: period, field: 'p' + i, hozAlign: 'right', width: byYear ? 116 : 104,
                        formatter: cell => text(format(cell.getValue(), cell.getRow().getData().unit)),
                        formatterClipboard: cell => cell.getValue() ?? ''
                    }))
                ]
            });
            this.table.on('tableBuilt', () => {
                repairAria(this.element);
                resolve();
            });
        });
    }
}
