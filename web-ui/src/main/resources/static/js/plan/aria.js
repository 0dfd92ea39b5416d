/*
 * Tabulator 6.3.1 marks up its grid in ways screen readers and axe-core refuse: focusable header and body holders
 * without a role, a row group inside a row group, a "columngroup" role and an "aria-title" attribute. Once a table is
 * built, this leaves a valid grid: the two focusable holders are its row groups, the year groups plain containers of
 * their quarter headers.
 */
export function repairAria(element) {
    [[':scope > .tabulator-header', '.tabulator-header-contents'],
        [':scope > .tabulator-tableholder', '.tabulator-table']].forEach(([holder, inner]) => {
        element.querySelectorAll(holder).forEach(outer => {
            outer.setAttribute('role', 'rowgroup');
            outer.querySelectorAll(':scope > ' + inner).forEach(contents => contents.removeAttribute('role'));
        });
    });
    element.querySelectorAll('[role="columngroup"]').forEach(group => {
        group.removeAttribute('role');
        group.removeAttribute('aria-sort');
        group.removeAttribute('aria-title');
    });
}
