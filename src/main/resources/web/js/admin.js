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

    if (document.readyState === 'loading') {
        document.addEventListener('DOMContentLoaded', initReminders);
    } else {
        initReminders();
    }

    if (document.readyState === 'loading') {
        document.addEventListener('DOMContentLoaded', init);
    } else {
        init();
    }
}());
