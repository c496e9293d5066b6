/*
 * The app's settings page: where mentoring is switched on. One JSON PUT to the REST API (administrators only);
 * a project the host cannot prepare safely comes back as a message, and nothing is saved.
 */
(function () {
    'use strict';

    function keys(text) {
        return text.split(/[\s,;]+/).map(function (k) { return k.trim(); }).filter(function (k) { return k.length > 0; });
    }

    function init() {
        var form = document.getElementById('scope-form');
        if (!form || !document.body.hasAttribute('data-admin-scope')) {
            return;
        }
        var rest = window.MentoringRest;
        var saved = document.getElementById('admin-saved');
        document.getElementById('scope-save').addEventListener('click', function () {
            rest.clearErrors(form);
            saved.classList.add('mentoring-hidden');
            rest.call('PUT', '/admin/scope', {
                orgWide: document.getElementById('scope-orgwide').checked,
                projects: keys(document.getElementById('scope-projects').value),
                spaces: keys(document.getElementById('scope-spaces').value)
            }).then(function (reply) {
                if (!reply.ok) {
                    rest.showErrors(form, reply);
                    return;
                }
                document.getElementById('scope-orgwide').checked = reply.json.orgWide;
                document.getElementById('scope-projects').value = reply.json.projects.join(', ');
                document.getElementById('scope-spaces').value = reply.json.spaces.join(', ');
                saved.classList.remove('mentoring-hidden');
            });
        });
    }

    /* The standalone host's people page: deactivate or reactivate one person, then say what happened in the row and aloud. */
    function initPeople() {
        var table = document.getElementById('people-table');
        if (!table || !document.body.hasAttribute('data-admin-people')) {
            return;
        }
        var rest = window.MentoringRest;
        var status = document.getElementById('people-status');
        var errors = document.getElementById('page-errors');
        table.addEventListener('click', function (event) {
            var button = event.target.closest('button.people-toggle');
            if (!button) {
                return;
            }
            var key = button.getAttribute('data-user-key');
            var activate = button.getAttribute('data-active') !== 'true';
            rest.clearErrors(document);
            status.textContent = '';
            button.disabled = true;
            rest.call('PUT', '/admin/users/' + encodeURIComponent(key) + '/active', {active: activate}).then(function (reply) {
                button.disabled = false;
                if (!reply.ok) {
                    rest.showErrors(errors.parentNode, reply);
                    return;
                }
                var row = button.closest('tr');
                var state = row.querySelector('.people-state');
                state.textContent = '';
                if (reply.json.active) {
                    state.textContent = rest.text('mentoring.admin.people.active');
                } else {
                    var lozenge = document.createElement('span');
                    lozenge.className = 'aui-lozenge aui-lozenge-subtle';
                    lozenge.textContent = rest.text('mentoring.admin.people.inactive');
                    state.appendChild(lozenge);
                }
                button.setAttribute('data-active', String(reply.json.active));
                button.firstChild.textContent = rest.text(reply.json.active ? 'mentoring.admin.people.deactivate' : 'mentoring.admin.people.reactivate');
                var message = document.createElement('div');
                message.className = 'aui-message aui-message-success';
                var p = document.createElement('p');
                p.textContent = rest.text(reply.json.active ? 'mentoring.admin.people.reactivated' : 'mentoring.admin.people.deactivated')
                    .replace('{0}', reply.json.displayName);
                message.appendChild(p);
                status.appendChild(message);
            });
        });
    }

    /* Reminder timings: read from the API when the page opens, saved as one PUT; the page says what was saved. */
    function initReminders() {
        var form = document.getElementById('reminders-form');
        if (!form || !document.body.hasAttribute('data-admin-scope')) {
            return;
        }
        var rest = window.MentoringRest;
        var saved = document.getElementById('reminders-saved');
        var inputs = form.querySelectorAll('input[type=number]');
        function show(timings) {
            inputs.forEach(function (input) {
                input.value = timings[input.name];
            });
        }
        rest.call('GET', '/admin/reminders').then(function (reply) {
            if (reply.ok) {
                show(reply.json.timings);
            }
        });
        document.getElementById('reminders-save').addEventListener('click', function () {
            rest.clearErrors(form);
            saved.classList.add('mentoring-hidden');
            var body = {};
            inputs.forEach(function (input) {
                body[input.name] = input.value === '' ? null : Number(input.value);
            });
            rest.call('PUT', '/admin/reminders', body).then(function (reply) {
                if (!reply.ok) {
                    rest.showErrors(form, reply);
                    return;
                }
                show(reply.json.timings);
                saved.classList.remove('mentoring-hidden');
            });
        });
    }

    function start() {
        initReminders();
        init();
        initPeople();
    }

    if (document.readyState === 'loading') {
        document.addEventListener('DOMContentLoaded', start);
    } else {
        start();
    }
}());
