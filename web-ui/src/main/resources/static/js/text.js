/* Text from people (names, reasons, comments, users) in markup: the one escape every chart formatter uses. */

const ENTITIES = {'&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;'};

/** The text as HTML that shows it literally; null and undefined show as nothing. */
export function escape(text) {
    return String(text ?? '').replace(/[&<>"']/g, c => ENTITIES[c]);
}
