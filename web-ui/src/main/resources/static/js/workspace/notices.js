/* Notices in a region of their own (one line, nothing moves under the pointer) and the busy indicator. */
import {$, element} from './dom.js';
import {workspace} from './scenario.js';

const DISMISS_AFTER_MS = 15000;

function dismissable(item) {
    const close = element('button', 'Dismiss', 'link');
    close.type = 'button';
    close.addEventListener('click', () => item.remove());
    item.appendChild(close);
    $('#notices').prepend(item);
    // the newest notice replaces the one before; a conflict stays until dismissed
    [...$('#notices').children].filter(n => !n.classList.contains('conflict')).slice(1).forEach(n => n.remove());
}

/** A notice of {@code kind} (info, ok, error, live) that goes after a while. */
export function notice(text, kind = 'info') {
    const item = element('div', null, 'notice-item ' + kind);
    const message = element('span', text);
    message.title = text;
    item.appendChild(message);
    dismissable(item);
    setTimeout(() => item.remove(), DISMISS_AFTER_MS);
}

/** A save refused because others changed the scenario meanwhile: what they changed, until dismissed. */
export function conflict(body) {
    const item = element('div', null, 'notice-item conflict');
    const message = element('span');
    const missed = element('ul');
    body.missedChanges.forEach(c => missed.appendChild(element('li', 'v' + c.version + ' · ' + c.user + ' · ' + c.summary)));
    message.append(element('strong', 'Not saved: the scenario changed while you were editing.'),
        ' Your change was made against version ' + body.expectedVersion + '; it is now at version ' + body.currentVersion
        + '. Others changed:', missed, 'Your entries are kept: review them and save again.');
    item.appendChild(message);
    dismissable(item);
}

let busyCount = 0;

/** Runs {@code work} with the busy indicator showing. */
export async function busy(work) {
    busyCount++;
    $('#busy').hidden = false;
    workspace.setAttribute('aria-busy', 'true');
    try {
        return await work();
    } finally {
        if (--busyCount === 0) {
            $('#busy').hidden = true;
            workspace.removeAttribute('aria-busy');
        }
    }
}
