/* The scenario workspace: charts, editors, time travel, history, compare, attribution, live updates. */
'use strict';

(() => {
    const root = document.getElementById('workspace');
    const scenarioId = root.dataset.scenarioId;
    const canPlan = root.dataset.canPlan === 'true';
    const api = (path) => '/api/scenarios/' + scenarioId + path;
    const state = {version: Number(root.dataset.version), viewing: null, assumptions: null, projection: null, projectionVersion: null, charts: {}, bands: null};

    const $ = (selector, within = document) => within.querySelector(selector);
    const $$ = (selector, within = document) => [...within.querySelectorAll(selector)];

    // ---- notices and progress ------------------------------------------------------------------------------------

    function notice(text, kind = 'info', html = null) {
        const item = document.createElement('div');
        item.className = 'notice-item ' + kind;
        const message = document.createElement('span');
        if (html) {
            message.innerHTML = html;
        } else {
            message.textContent = text;
            message.title = text;
        }
        item.appendChild(message);
        const close = document.createElement('button');
        close.type = 'button';
        close.className = 'link';
        close.textContent = 'Dismiss';
        close.addEventListener('click', () => item.remove());
        item.appendChild(close);
        $('#notices').prepend(item);
        if (kind !== 'conflict') {
            setTimeout(() => item.remove(), 15000);
        }
        // one line in a region of its own, so nothing moves under the pointer: the newest notice replaces the one before;
        // a conflict stays until dismissed
        [...$('#notices').children].filter(n => !n.classList.contains('conflict')).slice(1).forEach(n => n.remove());
    }

    let busyCount = 0;

    async function busy(work) {
        busyCount++;
        $('#busy').hidden = false;
        root.setAttribute('aria-busy', 'true');
        try {
            return await work();
        } finally {
            if (--busyCount === 0) {
                $('#busy').hidden = true;
                root.removeAttribute('aria-busy');
            }
        }
    }

    const escapeHtml = JevonsText.escape;

    // ---- tabs ---------------------------------------------------------------------------------------------------

    const tabs = $$('[role="tab"]');

    function select(tab) {
        tabs.forEach(t => {
            const selected = t === tab;
            t.setAttribute('aria-selected', String(selected));
            t.tabIndex = selected ? 0 : -1;
            document.getElementById(t.getAttribute('aria-controls')).hidden = !selected;
        });
        drawVisibleCharts();
        // a chart drawn while its panel was hidden has no size yet
        Object.values(state.charts).forEach(chart => chart.resize());
        remember({tab: tab.id.replace(/^tab-/, '')});
    }

    /** The view in the address: the tab, the version shown, the comparison; a link to it reopens that view. */
    function remember(view) {
        const params = new URLSearchParams(window.location.search);
        Object.entries(view).forEach(([key, value]) => value === null || value === '' ? params.delete(key)
            : params.set(key, value));
        const query = params.toString();
        history.replaceState(null, '', window.location.pathname + (query ? '?' + query : ''));
    }

    /** Opens the view a link names, once the latest version is loaded. */
    async function reopen() {
        const params = new URLSearchParams(window.location.search);
        const tab = params.get('tab') && document.getElementById('tab-' + params.get('tab'));
        if (tab?.getAttribute('role') === 'tab') {
            select(tab);
        }
        const version = Number(params.get('version'));
        if (Number.isInteger(version) && version > 0 && version < state.version) {
            await travelTo(version);
        }
        if (params.get('compareWith')) {
            $('#cmp-from').value = params.get('compareFrom') || '1';
            $('#cmp-with').value = params.get('compareWith');
            $('#cmp-to').value = params.get('compareTo') || '';
            $('#compare-form').requestSubmit();
        }
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

    // ---- charts -------------------------------------------------------------------------------------------------

    const chartKinds = {
        'demand-supply': ['Demand vs supply (peak FLOP/s); shortage shaded', p => JevonsCharts.demandSupply(p, bandsFor())],
        'tokens': ['Tokens per second by workload class', p => JevonsCharts.tokens(p)],
        'chips': ['Installed chips by vendor, GPU share', p => JevonsCharts.chips(p, vendorOfChip())],
        'costs': ['Capex, depreciation and energy per quarter', p => JevonsCharts.costs(p)],
        'cost-per-token': ['Cost per million tokens', p => JevonsCharts.costPerToken(p, bandsFor())]
    };

    /** The last Monte Carlo bands, drawn on the demand chart while it shows the version they were run at. */
    function bandsFor() {
        const viewed = state.viewing ?? state.projectionVersion;
        return state.bands && state.bands.version === viewed ? state.bands.result : null;
    }

    function vendorOfChip() {
        const vendors = {};
        (state.assumptions?.chipTypes || []).forEach(c => vendors[c.id] = c.vendor);
        return vendors;
    }

    Object.entries(chartKinds).forEach(([key, [title]]) => {
        $('#title-' + key).textContent = title;
        state.charts[key] = echarts.init(document.getElementById('chart-' + key), null, {renderer: 'canvas'});
    });
    state.charts.waterfall = echarts.init(document.getElementById('chart-waterfall'));
    window.addEventListener('resize', () => Object.values(state.charts).forEach(chart => chart.resize()));

    /** Shows the projection loaded: charts (when their panel shows), warnings, exports; then tells the other panels. */
    function drawCharts() {
        chartsStale = true;
        drawVisibleCharts();
        $('#warnings').textContent = (state.projection.warnings || []).join('; ');
        $('#engine-line').textContent = 'Computed by capacity model engine ' + (state.projection.engineVersion || 'of an earlier release');
        root.dataset.chartVersion = String(state.viewing ?? state.projectionVersion);
        exportsOfTheVersionShown();
        document.dispatchEvent(new CustomEvent('jevons:projection'));
    }

    /** Charts are drawn when their panel shows: drawing a hidden chart costs time and a redraw to size it anyway. */
    let chartsStale = true;

    function drawVisibleCharts() {
        if (chartsStale && state.projection && !$('#panel-charts').hidden) {
            Object.entries(chartKinds).forEach(([key, [, build]]) => state.charts[key].setOption(build(state.projection), true));
            chartsStale = false;
        }
    }

    /** CSV and Excel of the version shown: the latest one, or the one time travel went to. */
    function exportsOfTheVersionShown() {
        $$('a[data-export]').forEach(link => {
            link.dataset.base = link.dataset.base || link.getAttribute('href');
            link.href = link.dataset.base + asOfViewed();
        });
    }

    /** The query that asks for the version time travel went to; none at the latest version. */
    function asOfViewed() {
        return state.viewing === null ? '' : '?asOf=' + state.viewing;
    }

    $$('[data-png]').forEach(button => button.addEventListener('click', () => {
        const chart = state.charts[button.dataset.png];
        const link = document.createElement('a');
        link.href = chart.getDataURL({type: 'png', pixelRatio: 2, backgroundColor: '#fff'});
        link.download = $('#scenario-name').textContent.replace(/[\\/:*?"<>|\p{Cc}]+/gu, ' ').trim() + ' v'
            + (state.viewing ?? state.projectionVersion) + ' ' + button.dataset.png + '.png';
        link.click();
    }));

    // ---- loading ------------------------------------------------------------------------------------------------

    /** The projection's answer for the version shown; one request per version however many ask at once. */
    let projectionRead = null;

    function readProjection() {
        // after the first load, the version meant exactly: the read model may not hold a change just made yet
        const version = state.viewing ?? (state.projection ? state.version : null);
        const key = String(version);
        if (projectionRead?.key !== key) {
            const answer = JevonsApi.get(api('/projection' + (version === null ? '' : '?asOf=' + version)));
            projectionRead = {key, answer};
            answer.catch(() => null).then(() => {
                if (projectionRead?.answer === answer) {
                    projectionRead = null;
                }
            });
        }
        return projectionRead.answer;
    }

    async function loadProjection(answer = readProjection()) {
        const response = await answer;
        if (response.version === state.projectionVersion && state.projection && state.viewing === null) {
            return; // drawn already
        }
        state.projection = response.projection;
        state.projectionVersion = response.version;
        drawCharts();
    }

    /** The assumptions of the version shown; the editors are on at the latest version only. */
    async function loadAssumptions() {
        const response = await JevonsApi.get(api('/assumptions' + asOfViewed()));
        state.assumptions = response.assumptions;
        state.archived = response.archived;
        state.locked = response.locked;
        if (state.viewing === null) {
            state.version = Math.max(state.version, response.version);
        }
        showVersion();
        fillEditors();
        showEditorsOff();
        window.JevonsWorkspace?.onLoaded.forEach(hook => hook());
    }

    /** Assumptions first: the charts need the chip catalog (vendors) to draw the fleet. */
    async function reload() {
        await busy(async () => {
            const projection = readProjection(); // read while the assumptions are, drawn after them
            await loadAssumptions();
            await loadProjection(projection);
        });
    }

    function showVersion() {
        $('#version-badge').textContent = 'version ' + state.version;
        const slider = $('#as-of');
        const atLatest = state.viewing === null;
        slider.max = String(state.version);
        if (atLatest) {
            slider.value = String(state.version);
            $('#as-of-label').textContent = String(state.version);
        }
    }

    /** Why no assumption can be changed now, or null when they can. */
    function editingOff() {
        if (state.viewing !== null) {
            return 'You are looking at version ' + state.viewing + '. Go back to now to edit.';
        }
        if (state.archived) {
            return 'This scenario is archived: it keeps its assumptions as they were.';
        }
        if (state.locked) {
            return 'This scenario is locked: an admin unlocks it before it can change.';
        }
        return null;
    }

    function showEditorsOff() {
        const why = editingOff();
        $$('#panel-assumptions :is(input, select, button, textarea)').forEach(control => control.disabled = why !== null);
        const note = $('#editors-off');
        if (note) {
            note.hidden = why === null;
            note.textContent = why ?? '';
        }
    }

    // ---- time travel --------------------------------------------------------------------------------------------

    const historyCache = new Map();

    async function eventAt(version) {
        if (!historyCache.has(version)) {
            const page = await JevonsApi.get(api('/history?size=500&page=' + Math.floor((state.version - version) / 500)));
            page.entries.forEach(e => historyCache.set(e.version, e));
        }
        return historyCache.get(version);
    }

    async function travelTo(version) {
        state.viewing = version >= state.version ? null : version;
        remember({version: state.viewing === null ? null : String(state.viewing)});
        $('#as-of').value = String(version);
        $('#as-of-label').textContent = String(version);
        await reload();
        const event = await eventAt(version);
        $('#as-of-event').textContent = state.viewing === null
            ? 'Latest version.'
            : 'As of version ' + version + (event ? ': ' + event.summary + ' — ' + event.user + ', '
                + new Date(event.time).toISOString().slice(0, 16).replace('T', ' ') + (event.reason ? ' (why: ' + event.reason + ')' : '')
                + (event.family === 'SCENARIO' ? '. This version changes no figure (names, comments, tags).' : '') : '');
    }

    let travelTimer = null;
    $('#as-of').addEventListener('input', event => {
        $('#as-of-label').textContent = event.target.value;
        clearTimeout(travelTimer);
        travelTimer = setTimeout(() => travelTo(Number(event.target.value)), 150);
    });
    $('#back-to-now').addEventListener('click', () => travelTo(state.version));

    async function forkAt(version) {
        const name = prompt('Name of the new scenario, started from version ' + version + ':', 'Fork of version ' + version);
        if (!name) {
            return;
        }
        try {
            const created = await busy(() => JevonsApi.send('POST', api('/forks'), {name, asOfVersion: version,
                reason: 'forked from version ' + version}));
            window.location.href = '/scenarios/' + created.scenarioId;
        } catch (problem) {
            notice(problem.message, 'error');
        }
    }

    const forkHere = $('#fork-here');
    if (forkHere) {
        forkHere.addEventListener('click', () => forkAt(Number($('#as-of').value)));
    }

    $('#history').addEventListener('click', event => {
        const button = event.target.closest('[data-action]');
        if (!button) {
            return;
        }
        const version = Number(button.dataset.version);
        if (button.dataset.action === 'view-as-of') {
            select($('#tab-charts'));
            travelTo(version);
        } else if (button.dataset.action === 'fork-from') {
            forkAt(version);
        }
    });

    // ---- editors ------------------------------------------------------------------------------------------------

    function quarters() {
        const horizon = state.assumptions.horizon;
        const [fy, fq] = horizon.first.split('Q').map(Number);
        const [ly, lq] = horizon.last.split('Q').map(Number);
        const list = [];
        for (let i = fy * 4 + fq - 1; i <= ly * 4 + lq - 1; i++) {
            list.push(Math.floor(i / 4) + 'Q' + (i % 4 + 1));
        }
        return list;
    }

    function options(select, values, keep = true) {
        const previous = select.value;
        select.innerHTML = values.map(([value, label]) => '<option value="' + escapeHtml(value) + '">' + escapeHtml(label) + '</option>').join('');
        if (keep && values.some(([value]) => value === previous)) {
            select.value = previous;
        }
    }

    function valueAt(schedule, quarter) {
        let value = null;
        (schedule?.changes || []).forEach(change => {
            if (change.from <= quarter) {
                value = change.value;
            }
        });
        return value;
    }

    function fillEditors() {
        if (!canPlan || !state.assumptions) {
            return;
        }
        const a = state.assumptions;
        const classIds = a.workloadClasses.map(c => [c.id, c.name + ' (' + c.id + ')']);
        $$('select[data-quarters]').forEach(select => options(select, quarters().map(q => [q, q])));
        $$('select[data-classes]').forEach(select =>
            options(select, (select.hasAttribute('data-all') ? [['all', 'All classes']] : []).concat(classIds)));
        $$('select[data-chips]').forEach(select => options(select, a.chipTypes.map(c => [c.id, c.name + ' (' + c.id + ')'])));
        // an editor a planner is typing in keeps what they typed (see baseVersion below)
        $$('[data-fill]').forEach(input => {
            const value = input.dataset.fill.split('.').reduce((o, k) => o?.[k], a);
            if (value !== undefined && !input.form?.dataset.baseVersion) {
                input.value = value;
            }
        });
        if (!$('#mix-form').dataset.baseVersion) {
            fillMix();
        }
        fillChips();
        if (!$('#order-rows').dataset.baseVersion) {
            fillOrders();
        }
    }

    function fillMix() {
        const quarter = $('#f-mix-q').value || quarters()[0];
        const mix = valueAt(state.assumptions.modelMix, quarter)?.shares || {};
        $('#mix-shares').innerHTML = state.assumptions.workloadClasses.map(c =>
            '<div class="field"><label for="share-' + escapeHtml(c.id) + '">' + escapeHtml(c.name) + '</label>'
            + '<input id="share-' + escapeHtml(c.id) + '" name="shares.' + escapeHtml(c.id) + '" data-type="number" data-scale="0.01" '
            + 'value="' + +((mix[c.id] || 0) * 100).toFixed(6) + '" inputmode="decimal"></div>').join('');
    }

    $('#f-mix-q')?.addEventListener('change', fillMix);

    function fillChips() {
        $('#chip-rows').innerHTML = state.assumptions.chipTypes.map(c => '<tr><td>' + escapeHtml(c.id) + '</td><td>'
            + escapeHtml(c.name) + '</td><td>' + escapeHtml(c.vendor) + '</td><td>' + c.kind + '</td><td>'
            + Math.round(c.peakFlopsPerSecond / 1e12).toLocaleString('en') + '</td><td>' + c.servingEfficiency + '</td><td>'
            + c.tdpWatts + '</td><td>' + Number(c.unitPrice).toLocaleString('en') + '</td><td>' + c.usefulLifeYears + '</td></tr>').join('');
        $('#chip-ids').innerHTML = state.assumptions.chipTypes.map(c => '<option value="' + escapeHtml(c.id) + '">').join('');
    }

    const chipForm = $('#chip-form');
    chipForm?.querySelector('[data-chip-mode]').addEventListener('change', event => {
        const changing = event.target.value === 'change';
        chipForm.dataset.method = changing ? 'PUT' : 'POST';
        chipForm.dataset.path = changing ? '/chip-types/{chipType}' : '/chip-types';
        $('#f-ch-id').dataset.in = changing ? 'path' : '';
    });
    $('#f-ch-id')?.addEventListener('change', event => {
        const chip = state.assumptions.chipTypes.find(c => c.id === event.target.value);
        if (chip) {
            ['name', 'vendor', 'kind', 'peakFlopsPerSecond', 'hbmGigabytes', 'tdpWatts', 'unitPrice', 'usefulLifeYears',
                'servingEfficiency'].forEach(field => chipForm.elements[field].value = chip[field]);
        }
    });

    function fillOrders() {
        const q = quarters();
        $('#order-rows').innerHTML = state.assumptions.orders.map(o => {
            const id = escapeHtml(o.id);
            const later = q.filter(x => x > o.deliveryQuarter).map(x => '<option>' + x + '</option>').join('');
            return '<tr data-order="' + id + '"><td>' + id + '</td><td>' + escapeHtml(o.chipType) + '</td>'
                + '<td><label class="sr-only" for="qty-' + id + '">Quantity of ' + id + '</label><input id="qty-' + id + '" class="narrow" value="' + o.quantity + '" inputmode="numeric"></td>'
                + '<td>' + o.deliveryQuarter + '</td>'
                + '<td><label class="sr-only" for="price-' + id + '">Unit price of ' + id + '</label><input id="price-' + id + '" class="narrow" value="' + o.unitPrice + '" inputmode="decimal"></td>'
                + '<td class="actions"><button type="button" class="link" data-order-action="quantity">Set quantity</button> '
                + '<button type="button" class="link" data-order-action="price">Set price</button> '
                + '<label class="sr-only" for="delay-' + id + '">Delay ' + id + ' to</label><select id="delay-' + id + '"><option value="">delay to…</option>' + later + '</select> '
                + '<button type="button" class="link" data-order-action="delay">Delay</button> '
                + '<button type="button" class="link danger" data-order-action="cancel">Cancel</button>'
                + '<p class="error" role="alert"></p></td></tr>';
        }).join('');
    }

    $('#order-rows')?.addEventListener('click', async event => {
        const button = event.target.closest('[data-order-action]');
        if (!button) {
            return;
        }
        const row = button.closest('tr');
        const order = row.dataset.order;
        const reason = $('#order-reason').value;
        const error = $('.error', row);
        const action = button.dataset.orderAction;
        const requests = {
            quantity: ['PUT', '/quantity', {quantity: Number($('#qty-' + CSS.escape(order)).value)}],
            price: ['PUT', '/unit-price', {unitPrice: Number($('#price-' + CSS.escape(order)).value)}],
            delay: ['POST', '/delay', {deliveryQuarter: $('#delay-' + CSS.escape(order)).value || null}],
            cancel: ['POST', '/cancel', {}]
        };
        const [method, suffix, body] = requests[action];
        body.reason = reason;
        error.textContent = '';
        await change(method, '/orders/' + encodeURIComponent(order) + suffix, body,
            problem => error.textContent = describe(problem), $('#order-rows'));
    });

    function typed(input) {
        if (input.dataset.type !== 'number') {
            return input.value;
        }
        if (input.value.trim() === '') {
            return null;
        }
        const number = Number(input.value.replace(/[,_\s]/g, ''));
        const scale = input.dataset.scale ? Number(input.dataset.scale) : 1;
        return Number.isNaN(number) ? input.value : +(number * scale).toPrecision(15);
    }

    function formRequest(form) {
        let path = form.dataset.path;
        const body = {};
        $$('input[name], select[name]', form).forEach(input => {
            if (input.dataset.in === 'path') {
                path = path.replace('{' + input.name + '}', encodeURIComponent(input.value));
            } else if (!(input.hasAttribute('data-optional') && input.value === '')) {
                const keys = input.name.split('.');
                let target = body;
                keys.slice(0, -1).forEach(k => target = target[k] = target[k] || {});
                target[keys[keys.length - 1]] = typed(input);
            }
        });
        const headers = {};
        $$('[data-header]', form).filter(input => input.value.trim() !== '')
            .forEach(input => headers[input.dataset.header] = input.value.trim());
        return {method: form.dataset.method, path, body, headers};
    }

    /** A field path of the API in words: "orders[b200-2026q2].quantity" reads "order b200-2026q2, quantity". */
    function fieldWords(field) {
        const singular = {orders: 'order', chipTypes: 'chip type', workloadClasses: 'workload class', steps: 'step',
            modelMix: 'model mix', annualGains: 'annual gain', ranges: 'range', edits: 'cell'};
        return String(field || '').split('.').map(part => {
            const [, name, key] = /^([^[]*)(?:\[(.*)])?$/.exec(part) || [null, part, null];
            const words = singular[name] || name.replace(/([a-z])([A-Z])/g, '$1 $2').toLowerCase();
            return key === null || key === undefined ? words : words + ' ' + key;
        }).join(', ');
    }

    function describe(problem) {
        const violations = problem.body?.violations;
        if (violations?.length) {
            return violations.map(v => (v.field ? fieldWords(v.field) + ': ' : '') + v.reason).join('; ');
        }
        return problem.body?.reason ? (problem.body.field ? fieldWords(problem.body.field) + ': ' : '') + problem.body.reason
            : problem.message;
    }

    function showErrors(form, problem) {
        $$('[data-error-for]', form).forEach(e => e.textContent = '');
        $$('.field .error', form).forEach(e => e.remove());
        $$('[aria-invalid]', form).forEach(e => e.removeAttribute('aria-invalid'));
        const placed = [];
        const violations = problem.body?.violations || [{field: problem.body?.field, reason: problem.body?.reason || problem.message}];
        violations.forEach(v => {
            const input = inputFor(form, v.field || '');
            if (input) {
                input.setAttribute('aria-invalid', 'true');
                const message = document.createElement('p');
                message.className = 'error';
                message.id = input.id + '-error';
                message.textContent = v.reason;
                input.setAttribute('aria-describedby', message.id);
                input.closest('.field').appendChild(message);
            } else {
                const group = $('[data-error-for="' + (v.field || '').replace(/.*\./, '').replace(/\[.*$/, '') + '"]', form);
                if (group) {
                    group.textContent = v.reason;
                } else {
                    placed.push((v.field ? fieldWords(v.field) + ': ' : '') + v.reason);
                }
            }
        });
        $('.form-error', form).textContent = placed.join('; ');
    }

    function inputFor(form, field) {
        const candidates = [field, field.replace(/.*\./, ''), field.replace(/.*\.shares\[(.*)\]$/, 'shares.$1'),
            field.replace(/\[.*$/, '')];
        for (const name of candidates) {
            const input = form.elements?.[name];
            if (input && input.closest?.('.field')) {
                return input;
            }
        }
        return null;
    }

    /**
     * The version a form's edit was started at: a change that arrives live while a planner is typing must not
     * be overwritten unseen, so the save is made against the version the planner was looking at.
     */
    document.addEventListener('input', event => {
        const editor = event.target.closest('form.edit, #order-rows, #order-reason');
        const holder = editor?.id === 'order-reason' || editor?.id === 'order-rows' ? $('#order-rows') : editor;
        if (holder && !holder.dataset.baseVersion) {
            holder.dataset.baseVersion = String(state.version);
        }
    });

    async function change(method, path, body, onRefused, holder, headers) {
        const version = holder?.dataset.baseVersion ? Number(holder.dataset.baseVersion) : state.version;
        try {
            const result = await busy(() => JevonsApi.send(method, api(path), body, version, headers));
            if (holder) {
                delete holder.dataset.baseVersion;
            }
            state.version = result.version;
            notice('Saved: version ' + result.version + '.', 'ok');
            document.dispatchEvent(new CustomEvent('jevons:version'));
            await reload();
            document.body.dispatchEvent(new CustomEvent('jevons:changed'));
            return true;
        } catch (problem) {
            if (problem.status === 409 && problem.body?.missedChanges) {
                if (holder) {
                    holder.dataset.baseVersion = String(problem.body.currentVersion); // seen now: saving again is deliberate
                }
                showConflict(problem.body);
            } else if (onRefused) {
                onRefused(problem);
            } else {
                notice(describe(problem), 'error');
            }
            return false;
        }
    }

    function showConflict(body) {
        const missed = body.missedChanges.map(c => '<li>v' + c.version + ' · ' + escapeHtml(c.user) + ' · '
            + escapeHtml(c.summary) + '</li>').join('');
        notice(null, 'conflict', '<strong>Not saved: the scenario changed while you were editing.</strong> '
            + 'Your change was made against version ' + body.expectedVersion + '; it is now at version '
            + body.currentVersion + '. Others changed:<ul>' + missed + '</ul>Your entries are kept: review them and save again.');
        state.version = body.currentVersion;
        loadAssumptions().then(loadProjection);
    }

    $$('form.edit').forEach(form => form.addEventListener('submit', async event => {
        event.preventDefault();
        if (!form.reportValidity()) {
            return;
        }
        const request = formRequest(form);
        $('.form-error', form).textContent = '';
        const saved = await change(request.method, request.path, request.body, problem => showErrors(form, problem), form,
            request.headers);
        if (saved) {
            $$('.field .error', form).forEach(e => e.remove());
            $$('[aria-invalid]', form).forEach(e => e.removeAttribute('aria-invalid'));
            form.elements.reason.value = '';
            $$('[data-header]', form).forEach(input => input.value = '');
        }
    }));

    // ---- compare and attribution -----------------------------------------------------------------------------------

    $('#compare-form').addEventListener('submit', async event => {
        event.preventDefault();
        const params = new URLSearchParams({from: $('#cmp-from').value, with: $('#cmp-with').value});
        if ($('#cmp-to').value) {
            params.set('to', $('#cmp-to').value);
        }
        remember({compareFrom: $('#cmp-from').value, compareWith: $('#cmp-with').value, compareTo: $('#cmp-to').value});
        await showDiff(params, $('#compare-result'), true);
    });

    /**
     * Fetches the diff for {@code params} and shows in {@code target} the assumptions that differ and a variance table
     * of the key outputs by year (A, B, change, change in percent; unchanged rows hidden); with {@code charts}, also
     * A and B overlaid on the same axes.
     */
    async function showDiff(params, target, charts) {
        try {
            const diff = await busy(() => JevonsApi.get(api('/diff?' + params)));
            const a = diff.left.name + ' v' + diff.left.version;
            const b = diff.right.name + ' v' + diff.right.version;
            const differences = diff.assumptions.map(d => '<tr><td>' + escapeHtml(familyWords(d.family)) + '</td><td>'
                + escapeHtml(d.item) + '</td><td>' + escapeHtml(d.before ?? '—') + '</td><td>' + escapeHtml(d.after ?? '—')
                + '</td></tr>').join('');
            const outputs = diff.years.flatMap(y => y.outputs.map(o => ({...o, year: y.year})));
            // a change within rounding of the model's arithmetic (one part in a billion) is no change
            const changed = outputs.filter(o => o.change === null || Math.abs(Number(o.change))
                > 1e-9 * Math.max(Math.abs(Number(o.left)), Math.abs(Number(o.right))));
            const variance = changed.map(o => '<tr><td>' + escapeHtml(o.name) + '</td><td>' + o.year + '</td><td>'
                + format(o.left, o.unit) + '</td><td>' + format(o.right, o.unit) + '</td><td>' + format(o.change, o.unit)
                + '</td><td>' + relative(o.left, o.change) + '</td></tr>').join('');
            const hidden = outputs.length - changed.length;
            target.innerHTML = '<h3>A: ' + escapeHtml(a) + ' → B: ' + escapeHtml(b) + '</h3>'
                + '<table class="grid compact" aria-label="Assumptions that differ"><thead><tr><th>Family</th><th>Assumption</th>'
                + '<th>A</th><th>B</th></tr></thead><tbody>' + (differences || '<tr><td colspan="4">No differences.</td></tr>')
                + '</tbody></table><table class="grid compact variance" aria-label="Outputs: A, B and the change">'
                + '<thead><tr><th>Output</th><th>Year</th><th>A</th><th>B</th><th>Change</th><th>Change %</th></tr></thead><tbody>'
                + (variance || '<tr><td colspan="6">The same outputs in every year.</td></tr>') + '</tbody></table>'
                + (hidden ? '<p class="muted">' + hidden + ' unchanged rows hidden.</p>' : '');
            if (charts) {
                drawComparison(diff);
            }
        } catch (problem) {
            target.innerHTML = '<p class="error" role="alert">' + escapeHtml(describe(problem)) + '</p>';
        }
    }

    const comparisons = {
        demand: [['demand-flops', 'supply-flops'], 'Demand and supply, A and B', 'FLOP/s'],
        capex: [['capex'], 'Capex per year, A and B', 'USD'],
        cost: [['cost-per-million-tokens'], 'Cost per million tokens, A and B', 'USD per million tokens']
    };

    function drawComparison(diff) {
        $('#compare-charts').hidden = false;
        Object.entries(comparisons).forEach(([key, [metrics, title, unit]]) => {
            $('#title-compare-' + key).textContent = title;
            state.charts['compare-' + key] = state.charts['compare-' + key]
                || echarts.init(document.getElementById('chart-compare-' + key));
            state.charts['compare-' + key].setOption(JevonsCharts.compare(diff, metrics, title, unit), true);
            state.charts['compare-' + key].resize();
        });
    }

    /** A family or parameter name of the API in words: MODEL_MIX reads "Model mix", CHIP_PRICE "Chip price". */
    function familyWords(family) {
        const words = String(family ?? '').toLowerCase().replace(/_/g, ' ');
        return words.charAt(0).toUpperCase() + words.slice(1);
    }

    function relative(before, change) {
        if (before === null || change === null || Number(before) === 0) {
            return '–';
        }
        const percent = Number(change) / Math.abs(Number(before)) * 100;
        return (percent > 0 ? '+' : '') + percent.toPrecision(3) + ' %';
    }

    function format(value, unit) {
        if (value === null || value === undefined) {
            return '–';
        }
        if (unit === 'USD' || unit === 'USD per million tokens') {
            return JevonsCharts.dollars(Number(value));
        }
        if (unit === 'ratio') {
            return (Number(value) * 100).toPrecision(3) + ' %';
        }
        return unit === 'FLOP/s' ? JevonsCharts.si(Number(value), unit) : JevonsCharts.scaled(Number(value)) + ' ' + unit;
    }

    $('#attribution-form').addEventListener('submit', async event => {
        event.preventDefault();
        const params = new URLSearchParams({metric: $('#at-kind').value + ':' + $('#at-period').value,
            from: $('#at-from').value, method: $('#at-method').value});
        if ($('#at-to').value) {
            params.set('to', $('#at-to').value);
        }
        try {
            const result = await busy(() => JevonsApi.get(api('/attribution?' + params)));
            $('#title-waterfall').textContent = 'Why ' + result.metricName + ' moved from version ' + result.fromVersion
                + ' to ' + result.toVersion + (result.method === 'SHAPLEY' ? ' (Shapley values)' : '');
            state.charts.waterfall.setOption(JevonsCharts.waterfall(result), true);
            $('#attribution-table').innerHTML = '<table class="grid compact" aria-label="Contributions"><thead><tr><th>Version</th>'
                + '<th>Change</th><th>By</th><th>Why</th><th>Contribution</th></tr></thead><tbody>'
                + result.bars.map(b => '<tr><td>v' + b.version + '</td><td>' + escapeHtml(b.summary) + '</td><td>'
                    + escapeHtml(b.user) + '</td><td>' + escapeHtml(b.reason) + '</td><td>' + format(b.delta, result.unit)
                    + '</td></tr>').join('') + '</tbody><tfoot><tr><th colspan="4">Total change</th><th>'
                + format(result.totalChange, result.unit) + '</th></tr></tfoot></table>';
        } catch (problem) {
            $('#attribution-table').innerHTML = '<p class="error" role="alert">' + escapeHtml(describe(problem)) + '</p>';
        }
    });

    // ---- live collaboration ---------------------------------------------------------------------------------------

    const events = new EventSource(api('/events'));
    events.addEventListener('change', async message => {
        const change = JSON.parse(message.data);
        const following = state.viewing === null;
        if (change.version <= state.version && state.assumptions) {
            // our own change: its projection and history may have been read before the read models held it
            if (following && (state.projectionVersion ?? 0) < change.version) {
                await loadProjection();
            }
            document.body.dispatchEvent(new CustomEvent('jevons:changed'));
            return;
        }
        state.version = change.version;
        historyCache.clear();
        notice(change.user + ' changed the scenario (version ' + change.version + '): ' + change.summary, 'live');
        await busy(loadAssumptions);
        if (following) {
            await loadProjection();
        }
        document.body.dispatchEvent(new CustomEvent('jevons:changed'));
    });

    /** What the Versions, Uncertainty and Actuals panels (versions.js, uncertainty.js) build on. */
    window.JevonsWorkspace = {
        api, state, $, $$, busy, notice, escapeHtml, describe, format, change, reload, travelTo, showDiff, drawCharts,
        quarters, select, canPlan, editingOff, words: familyWords, onLoaded: []
    };

    reload().then(reopen).catch(problem => notice(problem.message, 'error'));
})();
