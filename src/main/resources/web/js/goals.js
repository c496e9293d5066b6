/*
 * Goal pages: adding goals, transitions (with the comment or reason some require), editing, milestones and
 * check-ins. Every change is JSON to the REST API with the version the page was rendered with.
 */
(function () {
    'use strict';

    function init() {
        var body = document.body;
        var base = (body.getAttribute('data-context-path') || '') + '/rest/mentoring/1.0';

        function text(key) {
            var el = document.querySelector('[data-text="' + key + '"]');
            return el ? el.textContent : key;
        }

        function call(method, path, payload) {
            return fetch(base + path, {
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

        function clearErrors() {
            document.querySelectorAll('.error[data-field]').forEach(function (el) { el.textContent = ''; });
            document.querySelectorAll('.mentoring-form-errors').forEach(function (el) { el.innerHTML = ''; });
        }

        /** Field errors next to their field inside {@code scope}; the rest as an AUI message on the page. */
        function showErrors(scope, reply) {
            var json = reply.json || {};
            var general = (json.errorMessages || []).slice();
            Object.keys(json.errors || {}).forEach(function (field) {
                var target = scope.querySelector('.error[data-field="' + field + '"]')
                    || document.querySelector('.error[data-field="' + field + '"]');
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
                var box = document.getElementById('page-errors') || scope.querySelector('.mentoring-form-errors');
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

        function reloadOr(scope) {
            return function (reply) {
                if (reply.ok) {
                    window.location.reload();
                } else {
                    showErrors(scope, reply);
                }
            };
        }

        // --- Board: add a goal -----------------------------------------------------------------
        var create = document.getElementById('goal-create');
        if (create) {
            document.getElementById('goal-create-submit').addEventListener('click', function () {
                clearErrors();
                call('POST', '/goals', {
                    relationshipId: parseInt(body.getAttribute('data-relationship-goals'), 10),
                    title: document.getElementById('goal-title').value,
                    ownerKey: document.getElementById('goal-owner').value
                }).then(function (reply) {
                    if (reply.status === 201) {
                        window.location = (body.getAttribute('data-context-path') || '') + '/plugins/servlet/mentoring/goal?id=' + reply.json.id;
                    } else {
                        showErrors(create, reply);
                    }
                });
            });
        }

        // --- Goal page -----------------------------------------------------------------------------
        var goalId = body.getAttribute('data-goal');
        if (!goalId) {
            return;
        }
        var version = parseInt(body.getAttribute('data-version'), 10);
        var path = '/goals/' + goalId;
        var form = document.getElementById('transition-form');
        var pending = null;

        document.querySelectorAll('.mentoring-transition').forEach(function (button) {
            button.addEventListener('click', function () {
                clearErrors();
                var field = button.getAttribute('data-field');
                var id = parseInt(button.getAttribute('data-transition'), 10);
                if (!field) {
                    call('POST', path + '/transitions', {id: id, version: version}).then(reloadOr(document));
                    return;
                }
                pending = {id: id, field: field};
                document.getElementById('transition-label').textContent = text('mentoring.goal.field.' + field);
                document.getElementById('transition-submit').textContent = button.textContent;
                document.getElementById('transition-text').value = '';
                form.classList.remove('mentoring-hidden');
                document.getElementById('transition-text').focus();
            });
        });
        if (form) {
            document.getElementById('transition-submit').addEventListener('click', function () {
                clearErrors();
                var payload = {id: pending.id, version: version};
                payload[pending.field] = document.getElementById('transition-text').value;
                call('POST', path + '/transitions', payload).then(reloadOr(form));
            });
            document.getElementById('transition-cancel').addEventListener('click', function () {
                form.classList.add('mentoring-hidden');
            });
        }

        var save = document.getElementById('goal-save');
        if (save) {
            save.addEventListener('click', function () {
                clearErrors();
                var edit = document.getElementById('goal-edit');
                var value = function (name) { return edit.querySelector('[name="' + name + '"]').value; };
                call('PUT', path, {
                    title: value('title'), description: value('description'), successCriteria: value('successCriteria'),
                    targetDate: value('targetDate'), competencies: value('competencies'), version: version
                }).then(reloadOr(edit));
            });
        }

        var addMilestone = document.getElementById('milestone-add');
        if (addMilestone) {
            addMilestone.addEventListener('click', function () {
                clearErrors();
                call('POST', path + '/milestones', {title: document.getElementById('milestone-title').value})
                    .then(reloadOr(document.getElementById('milestone-form')));
            });
        }
        document.querySelectorAll('.mentoring-milestone').forEach(function (box) {
            box.addEventListener('change', function () {
                call('PUT', path + '/milestones/' + box.getAttribute('data-milestone'), {done: box.checked})
                    .then(reloadOr(document));
            });
        });

        var checkIn = document.getElementById('checkin-submit');
        if (checkIn) {
            checkIn.addEventListener('click', function () {
                clearErrors();
                var progress = document.getElementById('checkin-progress').value;
                call('POST', path + '/check-ins', {
                    progress: progress === '' ? null : parseInt(progress, 10),
                    note: document.getElementById('checkin-note').value,
                    visibility: document.getElementById('checkin-visibility').value
                }).then(reloadOr(document.getElementById('checkin-form')));
            });
        }
    }

    // Web resources load in the page's head: wait for the page itself.
    if (document.readyState === 'loading') {
        document.addEventListener('DOMContentLoaded', init);
    } else {
        init();
    }
}());
