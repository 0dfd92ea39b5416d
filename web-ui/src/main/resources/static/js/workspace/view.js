/* The tabs, and the view in the address: the tab, the version shown and the comparison, so a link reopens it. */
import {$$} from './dom.js';
import {emit} from './scenario.js';

const tabs = $$('[role="tab"]');

/** Work for hidden panels, by panel id, done when the panel shows: a save redraws only what a planner sees. */
const pending = new Map();

/** Runs {@code work} now if the panel {@code panelId} shows, else once when it next shows. */
export function whenShown(panelId, work) {
    if (!document.getElementById(panelId).hidden) {
        work();
    } else {
        pending.set(panelId, (pending.get(panelId) || new Set()).add(work));
    }
}

function runPending(panelId) {
    const works = pending.get(panelId);
    pending.delete(panelId);
    works?.forEach(work => work());
}

/** Shows the panel of {@code tab}. */
export function select(tab) {
    tabs.forEach(t => {
        const selected = t === tab;
        t.setAttribute('aria-selected', String(selected));
        t.tabIndex = selected ? 0 : -1;
        document.getElementById(t.getAttribute('aria-controls')).hidden = !selected;
    });
    remember({tab: tab.id.replace(/^tab-/, '')});
    runPending(tab.getAttribute('aria-controls'));
    emit('tab', tab.id);
}

export const selectTab = name => select(document.getElementById('tab-' + name));

/** Keeps {@code view} (name to value; null or empty removes it) in the address without a new history entry. */
export function remember(view) {
    const params = new URLSearchParams(window.location.search);
    Object.entries(view).forEach(([key, value]) => value === null || value === '' ? params.delete(key)
        : params.set(key, value));
    const query = params.toString();
    history.replaceState(null, '', window.location.pathname + (query ? '?' + query : ''));
}

/** The view the address names. */
export function remembered() {
    return new URLSearchParams(window.location.search);
}

tabs.forEach((tab, index) => {
    tab.addEventListener('click', () => select(tab));
    tab.addEventListener('keydown', event => {
        const step = {ArrowRight: 1, ArrowLeft: -1}[event.key];
        if (step) {
            const next = tabs[(index + step + tabs.length) % tabs.length];
            select(next);
            next.focus();
        }
    });
});
