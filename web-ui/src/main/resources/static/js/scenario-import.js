/* Imports an exported history file as a new scenario, then opens it. */
import {get, send} from './http.js';
import {describe} from './problems.js';

const form = document.getElementById('import-form'); // viewers see no import form
if (form) {
    const error = document.getElementById('import-error');

    /** The workspace reads the read models, which hold a new scenario a moment after it is stored. */
    async function projected(scenarioId) {
        for (let attempt = 0; attempt < 40; attempt++) {
            try {
                return await get('/api/scenarios/' + scenarioId);
            } catch (notYet) {
                await new Promise(resolve => setTimeout(resolve, 250));
            }
        }
    }
    form.addEventListener('submit', async (event) => {
        event.preventDefault();
        error.textContent = '';
        const file = form.elements.file.files[0];
        if (!file) {
            error.textContent = 'Choose a history file first.';
            return;
        }
        let history;
        try {
            history = JSON.parse(await file.text());
        } catch (unreadable) {
            error.textContent = file.name + ' is not a JSON file: ' + unreadable.message;
            return;
        }
        const name = form.elements.name.value.trim();
        const button = form.querySelector('button[type=submit]');
        button.disabled = true;
        button.setAttribute('aria-busy', 'true');
        try {
            const created = await send('POST',
                '/api/scenarios/import' + (name ? '?name=' + encodeURIComponent(name) : ''), history);
            await projected(created.scenarioId);
            window.location.href = '/scenarios/' + created.scenarioId;
        } catch (problem) {
            error.textContent = 'Not imported. ' + describe(problem);
        } finally {
            button.disabled = false;
            button.removeAttribute('aria-busy');
        }
    });
}
