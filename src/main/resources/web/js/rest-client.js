/*
 * What the app's page scripts share: JSON calls to the REST API (JSON is what protects state changes from
 * cross-site requests) and showing its errors — each field's message next to the field, the rest as an
 * AUI message. Exposed as window.MentoringRest.
 */
(function () {
    'use strict';

    function base() {
        return (document.body.getAttribute('data-context-path') || '') + '/rest/mentoring/1.0';
    }

    function text(key) {
        var el = document.querySelector('[data-text="' + key + '"]');
        return el ? el.textContent : key;
    }

    function call(method, path, payload) {
        return fetch(base() + path, {
            method: method,
            credentials: 'same-origin',
            headers: {'Content-Type': 'application/json', 'Accept': 'application/json'},
            body: payload === undefined ? undefined : JSON.stringify(payload)
        }).then(function (response) {
            return response.text().then(function (raw) {
                var json = null;
                try { json = raw ? JSON.parse(raw) : null; } catch (e) { json = null; }
                return {ok: response.ok, status: response.status, json: json};
            });
        });
    }

    function clearErrors(scope) {
        scope.querySelectorAll('.error[data-field]').forEach(function (el) { el.textContent = ''; });
        scope.querySelectorAll('.mentoring-form-errors').forEach(function (el) { el.innerHTML = ''; });
    }

    /** {@code fieldMap} renames API fields to the page's fields (e.g. mentorKey → person). */
    function showErrors(scope, reply, fieldMap) {
        var json = reply.json || {};
        var general = (json.errorMessages || []).slice();
        Object.keys(json.errors || {}).forEach(function (field) {
            var name = (fieldMap && fieldMap[field]) || field;
            var target = scope.querySelector('.error[data-field="' + name + '"]')
                || document.querySelector('.error[data-field="' + name + '"]');
            if (target) {
                target.textContent = json.errors[field];
            } else {
                general.push(json.errors[field]);
            }
        });
        if (!general.length && !Object.keys(json.errors || {}).length) {
            general.push(text('mentoring.form.failed'));
        }
        if (general.length) {
            var box = scope.querySelector('.mentoring-form-errors') || document.getElementById('page-errors');
            var message = document.createElement('div');
            message.className = 'aui-message aui-message-error';
            general.forEach(function (m) {
                var p = document.createElement('p');
                p.textContent = m;
                message.appendChild(p);
            });
            box.appendChild(message);
        }
    }

    /** A reply handler: reload on success, otherwise show the errors within {@code scope}. */
    function reloadOr(scope, fieldMap) {
        return function (reply) {
            if (reply.ok) {
                window.location.reload();
            } else {
                showErrors(scope, reply, fieldMap);
            }
        };
    }

    window.MentoringRest = {call: call, text: text, clearErrors: clearErrors, showErrors: showErrors, reloadOr: reloadOr};
}());
