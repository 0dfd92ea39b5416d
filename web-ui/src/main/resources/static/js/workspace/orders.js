/*
 * The procurement orders as a table of their own (Tabulator): sortable, filtered by chip, delivery or id, figures
 * with thousands separators. A planner changes an order in place: a quantity, a price, a later delivery or a cancel
 * is sent at once with the reason above the table.
 */
import {TabulatorFull as Tabulator} from '/webjars/tabulator-tables/dist/js/tabulator_esm.min.js';
import {dollars} from '../format.js';
import {describe} from '../problems.js';
import {repairAria} from '../plan/aria.js';
import {$, linkButton} from './dom.js';
import {quarters} from './editors.js';
import {change, editingOff} from './loading.js';
import {canPlan, on, state} from './scenario.js';
import {whenShown} from './view.js';

const holder = $('#order-grid');
const whole = new Intl.NumberFormat('en-US', {maximumFractionDigits: 0});
let table = null;
let editable = false;

function error(text) {
    $('#order-error').textContent = text;
}

/** The reason the planner gave above the table, or null after asking for one. */
function reason() {
    const given = $('#order-reason')?.value.trim();
    if (!given) {
        error('Say why in "Reason for the order changes" first: every change keeps its reason.');
        $('#order-reason')?.focus();
        return null;
    }
    return given;
}

/** Sends one order change; a refusal puts the cell back and says why. */
async function send(order, suffix, body, method, cell) {
    const why = reason();
    if (!why) {
        cell?.restoreOldValue();
        return;
    }
    error('');
    const saved = await change(method, '/orders/' + encodeURIComponent(order) + suffix, {...body, reason: why},
        problem => {
            cell?.restoreOldValue();
            error('Order ' + order + ' not changed: ' + describe(problem));
        }, holder);
    if (saved) {
        $('#order-reason').value = '';
    }
}

function edited(cell) {
    const order = cell.getRow().getData();
    const requests = {
        quantity: ['/quantity', {quantity: Number(cell.getValue())}, 'PUT'],
        unitPrice: ['/unit-price', {unitPrice: Number(cell.getValue())}, 'PUT'],
        deliveryQuarter: ['/delay', {deliveryQuarter: cell.getValue()}, 'POST']
    };
    const [suffix, body, method] = requests[cell.getField()];
    send(order.id, suffix, body, method, cell);
}

function chipName(id) {
    return state.assumptions.chipTypes.find(c => c.id === id)?.name ?? id;
}

function rows() {
    return state.assumptions.orders.map(o => ({id: o.id, chip: chipName(o.chipType), quantity: o.quantity,
        deliveryQuarter: o.deliveryQuarter, unitPrice: Number(o.unitPrice), value: o.quantity * Number(o.unitPrice)}));
}

function columns() {
    const canEdit = () => editable;
    return [
        {title: 'Order', field: 'id', headerFilter: 'input', headerFilterPlaceholder: 'filter', minWidth: 150},
        {title: 'Chip', field: 'chip', headerFilter: 'list', headerFilterParams: {valuesLookup: true, clearable: true},
            headerFilterPlaceholder: 'all'},
        {title: 'Quantity', field: 'quantity', hozAlign: 'right', sorter: 'number', formatter: c => whole.format(c.getValue()),
            editor: 'number', editorParams: {min: 0, step: 1, selectContents: true}, editable: canEdit},
        {title: 'Delivery', field: 'deliveryQuarter', headerFilter: 'list',
            headerFilterParams: {valuesLookup: true, clearable: true}, headerFilterPlaceholder: 'all', editable: canEdit,
            editor: 'list', editorParams: cell => ({values: quarters().filter(q => q > cell.getValue())})},
        {title: 'Unit price', field: 'unitPrice', hozAlign: 'right', sorter: 'number', formatter: c => dollars(c.getValue()),
            editor: 'number', editorParams: {min: 0, selectContents: true}, editable: canEdit},
        {title: 'Value', field: 'value', hozAlign: 'right', sorter: 'number', formatter: c => dollars(c.getValue()),
            bottomCalc: 'sum', bottomCalcFormatter: c => dollars(c.getValue())},
        {title: '', field: 'cancel', headerSort: false, visible: canPlan, formatter: cell => {
            const button = linkButton('Cancel', {}, 'link danger');
            button.disabled = !editable;
            button.setAttribute('aria-label', 'Cancel order ' + cell.getRow().getData().id);
            button.addEventListener('click', () => send(cell.getRow().getData().id, '/cancel', {}, 'POST', null));
            return button;
        }}
    ];
}

function show() {
    if (!state.assumptions) {
        return;
    }
    editable = canPlan && editingOff() === null;
    $('#order-editing').hidden = !editable;
    if (table) {
        table.replaceData(rows()); // its rows drawn anew: the cancel buttons follow whether editing is on
        return;
    }
    table = new Tabulator(holder, {
        data: rows(), index: 'id', layout: 'fitColumns', height: '340px', renderVertical: 'basic',
        placeholder: 'No orders: chips come into the plan by orders.', columns: columns(),
        initialSort: [{column: 'deliveryQuarter', dir: 'asc'}]
    });
    table.on('tableBuilt', () => repairAria(holder));
    // the version the planner saw when they began: a change made meanwhile by others is a conflict, not overwritten
    table.on('cellEditing', () => holder.dataset.baseVersion = holder.dataset.baseVersion || String(state.version));
    table.on('cellEdited', edited);
}

// built and filled while its panel shows: a table built hidden has no size
on('loaded', () => whenShown('panel-assumptions', show));
