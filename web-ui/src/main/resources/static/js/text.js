/* Text from people (names, reasons, comments, users) in markup: the one escape every page and chart formatter uses. */
'use strict';

const JevonsText = (() => {
    const entities = {'&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;'};

    /** The text as HTML that shows it literally; null and undefined show as nothing. */
    function escape(text) {
        return String(text ?? '').replace(/[&<>"']/g, c => entities[c]);
    }

    return {escape};
})();
