/* The History panel (server fragments by htmx): read when it shows, and again after a change while it shows. */
import {emit, on} from './scenario.js';
import {whenShown} from './view.js';

const readHistory = () => emit('history', null, document.body);

whenShown('panel-history', readHistory);
on('changed', () => whenShown('panel-history', readHistory));
